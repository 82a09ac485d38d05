/** The demo household's four accounts, as a bank export would describe them (identified by IBAN or number). */
import type { AccountType, NormalizedAccount } from "../aggregators/types";
import type { DemoAccountKey } from "./types";

export interface DemoAccount {
  key: DemoAccountKey;
  account: NormalizedAccount;
  /** Balance on the first day of the history, in minor units. */
  openingMinor: number;
}

const account = (name: string, type: AccountType, currency: string, ids: Partial<NormalizedAccount>): NormalizedAccount => ({
  externalId: null, iban: null, number: null, bankId: null, name, type, currency, ...ids,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: "checking", account: account("Compte chèques BNP", "checking", "EUR", { iban: "FR7630004000031234567890143", bankId: "30004" }), openingMinor: 284_315 },
  { key: "savings", account: account("Livret A", "savings", "EUR", { iban: "FR7430004000031234567891246", bankId: "30004" }), openingMinor: 850_000 },
  { key: "card", account: account("Visa Premier (débit différé)", "card", "EUR", { number: "4974 **** **** 9012", bankId: "30004" }), openingMinor: 0 },
  { key: "uk", account: account("HSBC UK Current Account", "checking", "GBP", { iban: "GB15MIDL40051512345678", bankId: "MIDL" }), openingMinor: 412_050 },
];
