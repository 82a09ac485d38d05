/**
 * The contract every aggregator adapter fulfils, files and partner APIs alike (DESIGN.md).
 * Amounts are canonical decimal strings ("-42.34", negative = money leaving the account),
 * dates are ISO days ("2024-01-05"). Unknown values are null, never guessed.
 */

export type AccountType = "checking" | "savings" | "card" | "loan" | "investment" | "cash" | "other";

export type FileFormat = "ofx" | "qif" | "csv" | "camt" | "mt940";

export interface NormalizedAccount {
  externalId: string | null;
  iban: string | null;
  number: string | null;
  bankId: string | null;
  name: string | null;
  type: AccountType;
  currency: string | null;
}

export interface NormalizedBalance {
  amount: string;
  date: string | null;
}

export interface NormalizedTransaction {
  externalId: string | null;
  date: string;
  valueDate: string | null;
  amount: string;
  currency: string | null;
  label: string;
  payee: string | null;
  memo: string | null;
  pending: boolean;
  checkNumber: string | null;
  /** Foreign-currency card spend, when the source reports it. */
  originalAmount?: string | null;
  originalCurrency?: string | null;
  /** The bank's own category, when the source has one (lowest precedence in the categorizer). */
  bankCategory?: string | null;
}

export interface NormalizedStatement {
  account: NormalizedAccount;
  openingBalance: NormalizedBalance | null;
  closingBalance: NormalizedBalance | null;
  transactions: NormalizedTransaction[];
}

export interface ParseWarning {
  line?: number;
  element?: string;
  message: string;
}

export interface ParseResult {
  format: FileFormat;
  encoding: string;
  statements: NormalizedStatement[];
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Force a text encoding (otherwise detected, with the file's own declaration checked against the bytes). */
  encoding?: string;
  /** CSV only: a saved mapping profile. Typed loosely here so the file adapters own its schema. */
  csvProfile?: unknown;
  /** Currency to assume when the file does not say (the target account's). */
  defaultCurrency?: string;
}

export interface FileAggregator {
  id: FileFormat;
  kind: "file";
  /** Cheap content sniff: how confident (0..1) this adapter is that it can read these bytes. */
  detect(bytes: Uint8Array): number;
  /** Throws AppError("PARSE_ERROR") with the line or element when the file cannot be read. */
  parse(bytes: Uint8Array, options?: ParseOptions): ParseResult;
}

/** Provider error codes every API adapter maps its failures to. */
export type ProviderErrorCode = "LOGIN_REQUIRED" | "CONSENT_EXPIRED" | "RATE_LIMITED" | "PROVIDER_DOWN" | "INVALID_INPUT" | "UNKNOWN";

export interface ApiConnection {
  /**
   * Decrypted provider secrets and state, shaped by each adapter. Adapters may update it in place
   * (a refreshed token, a request counter); the sync engine persists it, encrypted, after each run.
   */
  secrets: Record<string, string>;
  /** Non-secret settings (base URL, institution id, …). */
  settings: Record<string, string>;
}

/** A bank the user can pick when the provider needs one (GoCardless institutions, Enable Banking ASPSPs). */
export interface ApiInstitution {
  id: string;
  name: string;
  country: string | null;
  bic: string | null;
  /** How far back the provider lets us read, when it says. */
  maxHistoryDays: number | null;
}

export interface StartAuthorizationInput {
  /** What the user entered: setup token, app credentials, private key… (stored encrypted). */
  secrets: Record<string, string>;
  /** Non-secret choices: baseUrl, institutionId, country… */
  settings: Record<string, string>;
  /** Where the provider sends the user back (Tirelire's callback). */
  redirectUrl: string;
  /** Opaque value echoed back on the redirect, to find the connection again. */
  state: string;
}

export interface AuthorizationResult {
  connection: ApiConnection;
  /** The page the user must open at their bank; null when the connection is usable at once (SimpleFIN). */
  authorizationUrl: string | null;
  /** ISO timestamp after which the user must re-authorize, when known. */
  consentExpiresAt: string | null;
}

export interface ApiAccount extends NormalizedAccount {
  externalId: string;
  balance: NormalizedBalance | null;
  availableBalance: NormalizedBalance | null;
}

export interface FetchWindow {
  since: string;
  until: string;
  cursor?: string | null;
}

export interface FetchResult {
  transactions: NormalizedTransaction[];
  balance: NormalizedBalance | null;
  /** Continue with this cursor when the provider pages; null when done. */
  nextCursor: string | null;
  /** Exactly what the provider answered, stored per sync run. */
  raw: unknown[];
  warnings: ParseWarning[];
}

export interface ApiAggregator {
  id: string;
  kind: "api";
  listAccounts(connection: ApiConnection): Promise<ApiAccount[]>;
  fetchTransactions(connection: ApiConnection, accountExternalId: string, window: FetchWindow): Promise<FetchResult>;
  refreshAuth?(connection: ApiConnection): Promise<ApiConnection>;
  /** Human name of the provider, for the UI and CLI. */
  label?: string;
  /** First step of adding (or re-authorizing) a connection. */
  startAuthorization?(input: StartAuthorizationInput): Promise<AuthorizationResult>;
  /** Second step, with the query parameters the provider appended to the redirect. */
  completeAuthorization?(connection: ApiConnection, callback: Record<string, string>): Promise<AuthorizationResult>;
  /** Banks available in a country (providers where the user picks one). */
  institutions?(connection: ApiConnection, country: string): Promise<ApiInstitution[]>;
}

export type Aggregator = FileAggregator | ApiAggregator;
