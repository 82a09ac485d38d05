/**
 * Enable Banking adapter: ASPSP list → `POST /auth` (the user authorizes at their bank) → redirect back with
 * `code` → `POST /sessions` (session id + accounts) → balances and transactions paged by `continuation_key`.
 * Sessions are valid until the `access.valid_until` the bank granted; after that the user re-authorizes.
 */
import type { ApiAccount, ApiAggregator, ApiConnection, ApiInstitution, AuthorizationResult, FetchResult, FetchWindow, StartAuthorizationInput } from "../../types";
import { AppError } from "../../../errors";
import { providerError } from "../http";
import { ebRequest } from "./client";
import { mapAccount, mapTransaction, type EbAccount, type EbBalance, type EbTransaction } from "./map";

interface EbAspsp { name: string; country: string; bic?: string; maximum_consent_validity?: number; psu_types?: string[] }
interface EbSession { status: string; accounts: string[]; access?: { valid_until?: string } }

const DEFAULT_CONSENT_SECONDS = 90 * 86_400;

export const enablebankingAggregator: ApiAggregator = {
  id: "enablebanking",
  kind: "api",
  label: "Enable Banking",

  async institutions(connection: ApiConnection, country: string): Promise<ApiInstitution[]> {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new AppError("INVALID_INPUT", "Country must be a two-letter code (e.g. FI)");
    const answer = await ebRequest<{ aspsps: EbAspsp[] }>(connection, `/aspsps?country=${country.toUpperCase()}&psu_type=personal`);
    return answer.aspsps.map((a) => ({ id: `${a.country}:${a.name}`, name: a.name, country: a.country, bic: a.bic ?? null, maxHistoryDays: null }));
  },

  async startAuthorization(input: StartAuthorizationInput): Promise<AuthorizationResult> {
    const connection: ApiConnection = { secrets: { ...input.secrets }, settings: { ...input.settings } };
    const [country, ...nameParts] = (connection.settings.institutionId ?? "").split(":");
    const name = nameParts.join(":");
    if (!country || !name) throw new AppError("INVALID_INPUT", "Choose a bank (ASPSP) first");
    const aspsps = (await ebRequest<{ aspsps: EbAspsp[] }>(connection, `/aspsps?country=${country}&psu_type=personal`)).aspsps;
    const aspsp = aspsps.find((a) => a.name === name);
    if (!aspsp) throw new AppError("INVALID_INPUT", `Unknown bank ${name} in ${country}`);
    const validUntil = new Date(Date.now() + (aspsp.maximum_consent_validity ?? DEFAULT_CONSENT_SECONDS) * 1000).toISOString();
    const answer = await ebRequest<{ url: string; authorization_id: string }>(connection, "/auth", {
      method: "POST",
      body: { access: { valid_until: validUntil }, aspsp: { name: aspsp.name, country: aspsp.country }, state: input.state, redirect_url: input.redirectUrl, psu_type: "personal" },
    });
    connection.settings.authorizationId = answer.authorization_id;
    return { connection, authorizationUrl: answer.url, consentExpiresAt: validUntil };
  },

  async completeAuthorization(connection: ApiConnection, callback: Record<string, string>): Promise<AuthorizationResult> {
    if (callback.error) throw providerError("LOGIN_REQUIRED", `Enable Banking authorization failed: ${callback.error}${callback.error_description ? ` (${callback.error_description})` : ""}`);
    if (!callback.code) throw new AppError("INVALID_INPUT", "The bank did not send an authorization code back");
    const session = await ebRequest<{ session_id: string; access?: { valid_until?: string } }>(connection, "/sessions", { method: "POST", body: { code: callback.code } });
    connection.secrets.sessionId = session.session_id;
    return { connection, authorizationUrl: null, consentExpiresAt: session.access?.valid_until ?? null };
  },

  async listAccounts(connection: ApiConnection): Promise<ApiAccount[]> {
    const sessionId = connection.secrets.sessionId;
    if (!sessionId) throw providerError("LOGIN_REQUIRED", "Enable Banking connection has no session yet");
    const session = await ebRequest<EbSession>(connection, `/sessions/${encodeURIComponent(sessionId)}`);
    if (session.status !== "AUTHORIZED") throw providerError(session.status === "EXPIRED" || session.status === "REVOKED" ? "CONSENT_EXPIRED" : "LOGIN_REQUIRED", `Enable Banking session is ${session.status}`);
    const accounts: ApiAccount[] = [];
    for (const uid of session.accounts) {
      const details = await ebRequest<EbAccount>(connection, `/accounts/${encodeURIComponent(uid)}/details`);
      const balances = (await ebRequest<{ balances: EbBalance[] }>(connection, `/accounts/${encodeURIComponent(uid)}/balances`)).balances ?? [];
      accounts.push(mapAccount({ ...details, uid }, balances));
    }
    return accounts;
  },

  async fetchTransactions(connection: ApiConnection, accountExternalId: string, window: FetchWindow): Promise<FetchResult> {
    const query = new URLSearchParams({ date_from: window.since, date_to: window.until });
    if (window.cursor) query.set("continuation_key", window.cursor);
    const page = await ebRequest<{ transactions: EbTransaction[]; continuation_key?: string | null }>(connection, `/accounts/${encodeURIComponent(accountExternalId)}/transactions?${query}`);
    const warnings: FetchResult["warnings"] = [];
    const transactions = (page.transactions ?? []).flatMap((tx) => mapTransaction(tx, warnings) ?? []);
    return { transactions, balance: null, nextCursor: page.continuation_key || null, raw: [page], warnings };
  },
};
