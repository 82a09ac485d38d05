/**
 * The NormalizedStatement JSON contract of DESIGN.md, with its keys in the documented order and nothing else:
 * what `tirelire parse --json` prints and what acceptance checks compare. Pure.
 */
import type { NormalizedBalance, ParseResult, ParseWarning } from "../aggregators/types";

const balanceJson = (balance: NormalizedBalance | null) => (balance ? { amount: balance.amount, date: balance.date ?? null } : null);

function warningJson(warning: ParseWarning): { line?: number; message: string } {
  const message = warning.element && !warning.message.includes(warning.element) ? `${warning.element}: ${warning.message}` : warning.message;
  return warning.line !== undefined ? { line: warning.line, message } : { message };
}

export function toStatementJson(result: ParseResult) {
  return {
    format: result.format,
    encoding: result.encoding,
    statements: result.statements.map((statement) => ({
      account: {
        externalId: statement.account.externalId ?? null, iban: statement.account.iban ?? null, number: statement.account.number ?? null,
        bankId: statement.account.bankId ?? null, name: statement.account.name ?? null, type: statement.account.type, currency: statement.account.currency ?? null,
      },
      openingBalance: balanceJson(statement.openingBalance),
      closingBalance: balanceJson(statement.closingBalance),
      transactions: statement.transactions.map((tx) => ({
        externalId: tx.externalId ?? null, date: tx.date, valueDate: tx.valueDate ?? null, amount: tx.amount, currency: tx.currency ?? null,
        label: tx.label, payee: tx.payee ?? null, memo: tx.memo ?? null, pending: tx.pending === true, checkNumber: tx.checkNumber ?? null,
      })),
    })),
    warnings: result.warnings.map(warningJson),
  };
}
