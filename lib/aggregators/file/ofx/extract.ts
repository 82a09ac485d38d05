/**
 * Walks the OFX tree in document order and turns every statement response into a NormalizedStatement:
 * bank (STMTRS), card (CCSTMTRS), investment (INVSTMTRS) and account-list (ACCTINFORS) responses.
 */
import { AppError } from "../../../errors";
import type { NormalizedStatement } from "../../types";
import { accountInfoStatements, investmentStatement } from "./investment";
import { bankStatement, type StatementContext } from "./statements";
import { child, childrenNamed, childText, findAll, type OfxNode } from "./tree";

const RESPONSES = new Set(["STMTRS", "CCSTMTRS", "INVSTMTRS", "ACCTINFORS", "STMTTRNRS", "CCSTMTTRNRS", "INVSTMTTRNRS"]);
const WRAPPED: Record<string, string> = { STMTTRNRS: "STMTRS", CCSTMTTRNRS: "CCSTMTRS", INVSTMTTRNRS: "INVSTMTRS" };

function statusText(owner: OfxNode | undefined): string | null {
  const status = child(owner, "STATUS");
  const code = childText(status, "CODE");
  if (code === null || code === "0") return null;
  const message = childText(status, "MESSAGE");
  return `status ${code}${childText(status, "SEVERITY") ? ` ${childText(status, "SEVERITY")}` : ""}${message ? `: ${message}` : ""}`;
}

function readResponse(node: OfxNode, ctx: StatementContext): NormalizedStatement[] {
  switch (node.name) {
    case "STMTRS":
      return [bankStatement(node, false, ctx)];
    case "CCSTMTRS":
      return [bankStatement(node, true, ctx)];
    case "INVSTMTRS":
      return [investmentStatement(node, ctx)];
    case "ACCTINFORS":
      return accountInfoStatements(node, ctx);
  }
  // A transaction wrapper (STMTTRNRS…): its statement, or the bank's reason for not sending one.
  // Some banks (Banco do Brasil) put several statements in one wrapper.
  const inner = childrenNamed(node, WRAPPED[node.name] ?? "");
  if (inner.length > 0) return inner.flatMap((rs) => readResponse(rs, ctx));
  const status = statusText(node);
  ctx.warnings.push({ line: node.line, element: node.name, message: `Response without a statement${status ? ` (${status})` : ""}.` });
  return [];
}

/** An account listed by ACCTINFORS and also sent as a statement is one account: keep the statement, add the name. */
function mergeAccountInfo(statements: NormalizedStatement[], infos: NormalizedStatement[]): NormalizedStatement[] {
  const extra: NormalizedStatement[] = [];
  for (const info of infos) {
    const same = statements.find((s) => s.account.externalId !== null && s.account.externalId === info.account.externalId);
    if (same) same.account.name ??= info.account.name;
    else extra.push(info);
  }
  return [...statements, ...extra];
}

export function extractStatements(root: OfxNode, ctx: StatementContext): NormalizedStatement[] {
  const statements: NormalizedStatement[] = [];
  const infos: NormalizedStatement[] = [];
  for (const node of findAll(root, RESPONSES)) {
    (node.name === "ACCTINFORS" ? infos : statements).push(...readResponse(node, ctx));
  }
  const merged = mergeAccountInfo(statements, infos);
  if (merged.length === 0) {
    const ofx = child(root, "OFX");
    const signOn = statusText(child(child(ofx, "SIGNONMSGSRSV1"), "SONRS"));
    throw new AppError("PARSE_ERROR", `OFX: no statement or account list in <OFX> (line ${ofx?.line ?? 1})${signOn ? `; sign-on ${signOn}` : ""}.`, {
      details: { line: ofx?.line ?? 1, element: "OFX" },
    });
  }
  return merged;
}
