/**
 * GoCardless Bank Account Data adapter: institutions by country → end-user agreement → requisition whose
 * `link` the user opens at their bank → back to Tirelire's redirect → requisition LN (linked) → accounts,
 * details, balances, booked and pending transactions (one answer per window: the API does not page).
 */
import type { ApiAccount, ApiAggregator, ApiConnection, ApiInstitution, AuthorizationResult, FetchResult, FetchWindow, StartAuthorizationInput } from "../../types";
import { AppError } from "../../../errors";
import { addDays, todayIso } from "../../../dates";
import { providerError } from "../http";
import { gcRequest } from "./client";
import { mapAccount, mapTransaction, type GcBalance, type GcDetails, type GcTransaction } from "./map";

interface GcInstitution { id: string; name: string; bic?: string; countries?: string[]; transaction_total_days?: string; max_access_valid_for_days?: string }
interface GcAgreement { id: string; access_valid_for_days: number; max_historical_days: number; accepted?: string | null }
interface GcRequisition { id: string; status: string; link: string; accounts: string[]; agreement: string; reference: string }

/** Requisition statuses (developer.gocardless.com/bank-account-data/statuses). */
const LINKED = "LN";
const FAILED: Record<string, "LOGIN_REQUIRED" | "CONSENT_EXPIRED"> = { RJ: "LOGIN_REQUIRED", EX: "CONSENT_EXPIRED", SU: "LOGIN_REQUIRED", ER: "LOGIN_REQUIRED" };

async function getRequisition(connection: ApiConnection): Promise<GcRequisition> {
  const id = connection.secrets.requisitionId;
  if (!id) throw providerError("LOGIN_REQUIRED", "GoCardless connection has no requisition yet");
  const requisition = (await gcRequest<GcRequisition>(connection, `/requisitions/${encodeURIComponent(id)}/`)).body;
  const failure = FAILED[requisition.status];
  if (failure) throw providerError(failure, `GoCardless requisition ${requisition.status === "EX" ? "expired" : `is ${requisition.status}`}`);
  return requisition;
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const gocardlessAggregator: ApiAggregator = {
  id: "gocardless",
  kind: "api",
  label: "GoCardless Bank Account Data",

  async institutions(connection: ApiConnection, country: string): Promise<ApiInstitution[]> {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new AppError("INVALID_INPUT", "Country must be a two-letter code (e.g. FR)");
    const list = (await gcRequest<GcInstitution[]>(connection, `/institutions/?country=${country.toLowerCase()}`)).body;
    return list.map((i) => ({ id: i.id, name: i.name, country: country.toUpperCase(), bic: i.bic ?? null, maxHistoryDays: i.transaction_total_days ? Number(i.transaction_total_days) : null }));
  },

  async startAuthorization(input: StartAuthorizationInput): Promise<AuthorizationResult> {
    const connection: ApiConnection = { secrets: { ...input.secrets }, settings: { ...input.settings } };
    const institutionId = connection.settings.institutionId;
    if (!institutionId) throw new AppError("INVALID_INPUT", "Choose a bank (institution) first");
    const institution = (await gcRequest<GcInstitution>(connection, `/institutions/${encodeURIComponent(institutionId)}/`)).body;
    const agreement = (await gcRequest<GcAgreement>(connection, "/agreements/enduser/", {
      method: "POST",
      body: {
        institution_id: institutionId,
        max_historical_days: Number(institution.transaction_total_days ?? 90),
        access_valid_for_days: Number(institution.max_access_valid_for_days ?? 90),
        access_scope: ["balances", "details", "transactions"],
      },
    })).body;
    const requisition = (await gcRequest<GcRequisition>(connection, "/requisitions/", {
      method: "POST",
      body: { redirect: input.redirectUrl, institution_id: institutionId, agreement: agreement.id, reference: input.state, user_language: "EN" },
    })).body;
    connection.secrets.requisitionId = requisition.id;
    connection.settings.agreementId = agreement.id;
    connection.settings.maxHistoryDays = String(agreement.max_historical_days);
    return { connection, authorizationUrl: requisition.link, consentExpiresAt: daysFromNow(agreement.access_valid_for_days) };
  },

  async completeAuthorization(connection: ApiConnection): Promise<AuthorizationResult> {
    const requisition = await getRequisition(connection);
    if (requisition.status !== LINKED) {
      throw new AppError("INVALID_INPUT", `GoCardless requisition is ${requisition.status}, not linked yet`, { userMessage: "The bank has not confirmed the connection yet. Finish the steps at your bank, then try again." });
    }
    const agreement = (await gcRequest<GcAgreement>(connection, `/agreements/enduser/${encodeURIComponent(requisition.agreement)}/`)).body;
    const acceptedAt = agreement.accepted ? Date.parse(agreement.accepted) : Date.now();
    return { connection, authorizationUrl: null, consentExpiresAt: new Date(acceptedAt + agreement.access_valid_for_days * 86_400_000).toISOString() };
  },

  async listAccounts(connection: ApiConnection): Promise<ApiAccount[]> {
    const requisition = await getRequisition(connection);
    const accounts: ApiAccount[] = [];
    for (const id of requisition.accounts) {
      const details = (await gcRequest<GcDetails>(connection, `/accounts/${encodeURIComponent(id)}/details/`)).body;
      const balances = (await gcRequest<{ balances: GcBalance[] }>(connection, `/accounts/${encodeURIComponent(id)}/balances/`)).body.balances ?? [];
      accounts.push(mapAccount(id, details, balances));
    }
    return accounts;
  },

  async fetchTransactions(connection: ApiConnection, accountExternalId: string, window: FetchWindow): Promise<FetchResult> {
    const historyDays = Number(connection.settings.maxHistoryDays ?? 0);
    const earliest = historyDays > 0 ? addDays(todayIso(), -historyDays + 1) : window.since;
    const since = window.since < earliest ? earliest : window.since;
    const query = new URLSearchParams({ date_from: since, date_to: window.until });
    const answer = await gcRequest<{ transactions: { booked?: GcTransaction[]; pending?: GcTransaction[] } }>(connection, `/accounts/${encodeURIComponent(accountExternalId)}/transactions/?${query}`);
    const warnings: FetchResult["warnings"] = [];
    if (since !== window.since) warnings.push({ message: `This bank shares ${historyDays} days of history: transactions before ${since} are not available.` });
    const { remaining, resetSeconds } = answer.rateLimit;
    if (remaining !== null && remaining <= 1) warnings.push({ message: `The bank allows ${remaining} more request(s) for this account today${resetSeconds ? ` (reset in ${Math.ceil(resetSeconds / 3600)} h)` : ""}.` });
    const booked = (answer.body.transactions?.booked ?? []).flatMap((tx) => mapTransaction(tx, false, warnings) ?? []);
    const pending = (answer.body.transactions?.pending ?? []).flatMap((tx) => mapTransaction(tx, true, warnings) ?? []);
    return { transactions: [...booked, ...pending], balance: null, nextCursor: null, raw: [answer.body], warnings };
  },
};
