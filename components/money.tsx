/** An amount in minor units, formatted with Intl in the household locale; colored by sign when asked. */
import { formatMoney, formatSignedMoney } from "@/lib/money";

export function Money({ minor, currency, locale, isSigned = false, isColored = false }: {
  minor: bigint; currency: string; locale: string; isSigned?: boolean; isColored?: boolean;
}) {
  const text = isSigned ? formatSignedMoney(minor, currency, locale) : formatMoney(minor, currency, locale);
  const tone = !isColored || minor === 0n ? "" : minor < 0n ? " amount--negative" : " amount--positive";
  return <span className={`amount${tone}`}>{text}</span>;
}
