/**
 * `tirelire match --bills BILLS.json --transactions TX.json --json` (DESIGN.md "Matching"): pure, nothing is
 * written and no database is opened. Prints { "links": [ { billId, transactionId, kind, amount } ] } with
 * positive decimal-string amounts, in bill order then debit, credit, reimbursement; warnings about skipped
 * items go to stderr; bad input exits 2 with the element named.
 *
 * Link kinds mirror where Cozy Banks records a match (cozy-banks.md §4.3-4.4):
 *   "debit"         the bill is in the paying operation's bills[]      amount: originalAmount || amount
 *   "credit"        the bill is in the refunding operation's bills[]   amount: amount (its share of groupAmount)
 *                   (refund bills, and a health bill's insurer credit)
 *   "reimbursement" {billId, amount, operationId} pushed on the DEBIT operation's reimbursements[] when both the
 *                   debit and the credit are found                   amount: amount
 * Details and the deviations from Cozy: lib/reconcile/bills.ts.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { AppError } from "../../errors";
import { fromMinor } from "../../money";
import { matchBills } from "../../reconcile/bills";
import { parseMatchInput } from "../../reconcile/input";
import type { Command } from "../types";

function readJson(file: string, option: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new AppError("INVALID_INPUT", `${option} ${file}: ${reason}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new AppError("INVALID_INPUT", `${option} ${file}: invalid JSON (${(error as Error).message})`);
  }
}

export const command: Command = {
  name: "match",
  summary: "Match bills to the transactions that paid or refunded them (pure: nothing is written).",
  usage: "tirelire match --bills BILLS.json --transactions TX.json [--json]",
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { bills: { type: "string" }, transactions: { type: "string" }, json: { type: "boolean" } } });
    if (!values.bills || !values.transactions) throw new AppError("INVALID_INPUT", `Both --bills and --transactions are required. Usage: ${this.usage}`);
    const input = parseMatchInput(readJson(values.bills, "--bills"), readJson(values.transactions, "--transactions"));
    for (const warning of input.warnings) io.stderr(`tirelire match: warning: ${warning}`);
    const result = matchBills({ bills: input.bills, transactions: input.transactions });
    const links = result.links.map((link) => ({
      billId: link.billId, transactionId: link.transactionId, kind: link.kind, amount: fromMinor(link.amountMinor, link.currency),
    }));
    if (values.json) io.stdout(JSON.stringify({ links }));
    else if (!links.length) io.stdout("No link found.");
    else for (const l of links) io.stdout(`${l.billId}  ${l.kind.padEnd(13)} ${l.transactionId}  ${l.amount}`);
    return 0;
  },
};
