/**
 * Investment statements (<INVSTMTRS>): only the cash lines (<INVBANKTRAN>: deposits, fees, interest paid to
 * the cash sub-account) become transactions. Trades, income and transfers of securities, positions and the
 * cash balance are reported as warnings: they do not fit a cash ledger and importing half of them would make
 * the balance wrong.
 */
import type { NormalizedStatement } from "../../types";
import { child, childrenNamed, childText, type OfxNode } from "./tree";
import type { TransactionContext } from "./transaction";
import { accountFrom, mapTransactionList, statementCurrency, type StatementContext } from "./statements";
import { mapAccountType } from "./values";

function describeCounts(counts: Map<string, number>): string {
  return [...counts].map(([name, count]) => `${count} ${name}`).join(", ");
}

export function investmentStatement(rs: OfxNode, ctx: StatementContext): NormalizedStatement {
  const currency = statementCurrency(rs, ctx);
  const account = accountFrom(child(rs, "INVACCTFROM"), "investment", currency, "BROKERID");
  if (!account.externalId) ctx.warnings.push({ line: rs.line, element: rs.name, message: "No account id (ACCTID) in this statement: pick the account when importing." });

  const list = child(rs, "INVTRANLIST");
  const cashLines: OfxNode[] = [];
  const others = new Map<string, number>();
  for (const node of list?.children ?? []) {
    if (node.name === "DTSTART" || node.name === "DTEND") continue;
    const line = node.name === "INVBANKTRAN" ? child(node, "STMTTRN") : undefined;
    if (line) cashLines.push(line);
    else others.set(node.name, (others.get(node.name) ?? 0) + 1);
  }
  if (list && others.size > 0) {
    ctx.warnings.push({ line: list.line, element: "INVTRANLIST", message: `Investment transactions not imported (only cash lines, INVBANKTRAN, are): ${describeCounts(others)}.` });
  }
  const positions = child(rs, "INVPOSLIST");
  if (positions && positions.children.length > 0) {
    const kinds = new Map<string, number>();
    for (const position of positions.children) kinds.set(position.name, (kinds.get(position.name) ?? 0) + 1);
    ctx.warnings.push({ line: positions.line, element: "INVPOSLIST", message: `${positions.children.length} position(s) not imported (${describeCounts(kinds)}).` });
  }
  const availableCash = childText(child(rs, "INVBAL"), "AVAILCASH");
  if (availableCash !== null) {
    ctx.warnings.push({ line: child(rs, "INVBAL")?.line, element: "INVBAL", message: `Cash balance AVAILCASH ${availableCash} not used as closing balance: trades, which move cash too, are not imported.` });
  }

  const txCtx: TransactionContext = { currency, warnings: ctx.warnings };
  const transactions = mapTransactionList(cashLines, txCtx).map((m) => m.transaction);
  return { account, openingBalance: null, closingBalance: null, transactions };
}

/** <ACCTINFORS> (account list, no statement) → one statement per account, with no transactions. */
export function accountInfoStatements(rs: OfxNode, ctx: StatementContext): NormalizedStatement[] {
  const statements: NormalizedStatement[] = [];
  for (const info of childrenNamed(rs, "ACCTINFO")) {
    const name = childText(info, "DESC");
    const bank = child(child(info, "BANKACCTINFO"), "BANKACCTFROM");
    const card = child(child(info, "CCACCTINFO"), "CCACCTFROM");
    const invest = child(child(info, "INVACCTINFO"), "INVACCTFROM");
    const account = bank
      ? accountFrom(bank, mapAccountType(childText(bank, "ACCTTYPE")), ctx.defaultCurrency)
      : card
        ? accountFrom(card, "card", ctx.defaultCurrency)
        : invest
          ? accountFrom(invest, "investment", ctx.defaultCurrency, "BROKERID")
          : null;
    if (!account) {
      ctx.warnings.push({ line: info.line, element: "ACCTINFO", message: "Account entry without a bank, card or investment account: ignored." });
      continue;
    }
    statements.push({ account: { ...account, name }, openingBalance: null, closingBalance: null, transactions: [] });
  }
  return statements;
}
