/**
 * Balance lines outside the columns: "Kontostand;24.11.2026;;;2.611,11;EUR" (Deutsche Bank), VR's shifted
 * ";;…;01.11.2026;Anfangssaldo;EUR;1.234,56;H", comdirect's "Alter Kontostand;1.234,56 EUR", Caisse d'Epargne's
 * "Solde en fin de période;;;;1 211,11". A cell names the balance; the first amount after it is its value, an
 * S/D/DR indicator after that makes it negative, and a date anywhere in the row dates it.
 */
import type { DecimalSeparator } from "../../../money";
import { parseDay, type DateOrder } from "./dates";
import { negateAmount, readAmount } from "./decimal";
import { indicatorDirection, rowLabelKind } from "./vocabulary";

export interface LooseBalance {
  kind: "opening" | "closing";
  amount: string;
  date: string | null;
}

export function readLooseBalance(cells: readonly string[], separator: DecimalSeparator, order: DateOrder): LooseBalance | null {
  for (let i = 0; i < cells.length; i++) {
    const kind = rowLabelKind(cells[i]!, true);
    if (kind !== "opening" && kind !== "closing") continue;
    const amountAt = cells.findIndex((cell, j) => j > i && cell !== "" && !isDateText(cell, order) && readAmount(cell, separator) !== null);
    if (amountAt < 0) return null;
    const magnitude = readAmount(cells[amountAt]!, separator)!;
    const isDebit = cells.slice(amountAt + 1).some((cell) => cell.length <= 6 && indicatorDirection(cell) === "debit");
    const dateCell = cells.find((cell) => isDateText(cell, order)) ?? dateInLabel(cells[i]!, order);
    return { kind, amount: isDebit ? negateAmount(magnitude) : magnitude, date: dateCell ? parseDay(dateCell, order) : null };
  }
  return null;
}

function isDateText(cell: string, order: DateOrder): boolean {
  return cell.length >= 6 && cell.length <= 32 && parseDay(cell, order) !== null;
}

/** "Kontostand vom 24.11.2026:" dates itself. */
function dateInLabel(label: string, order: DateOrder): string | null {
  const match = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/.exec(label);
  return match && parseDay(match[0], order) ? match[0] : null;
}
