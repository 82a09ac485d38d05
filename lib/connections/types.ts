/** Public shapes of a bank connection: never its secrets (they stay encrypted in the database and in lib/). */
export const CONNECTION_STATUSES = ["pending", "active", "reauth_required", "error", "disabled"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export interface ConnectedAccountView {
  id: string;
  name: string;
  externalId: string | null;
  currency: string;
  reportedBalanceMinor: bigint | null;
  reportedBalanceDate: string | null;
}

export interface ConnectionView {
  id: string;
  provider: string;
  providerLabel: string;
  name: string;
  status: ConnectionStatus;
  /** The last error in plain words (AppError.userMessage), and its code. */
  lastError: string | null;
  lastErrorCode: string | null;
  consentExpiresAt: string | null;
  lastSyncAt: string | null;
  lastSuccessAt: string | null;
  /** Earliest time the next sync may ask the provider (after a rate limit). */
  retryAfter: string | null;
  /** The bank picked for providers that need one (GoCardless, Enable Banking). */
  institutionId: string | null;
  isMapped: boolean;
  syncIntervalHours: number;
  accounts: ConnectedAccountView[];
  createdAt: string;
}
