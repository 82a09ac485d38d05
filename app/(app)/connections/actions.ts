"use server";
/**
 * Server actions of the connections pages. Credentials go from the form to lib/connections and are never echoed
 * back (a failed credentials form returns the error only, not what was typed).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { autoMapConnection, callbackUrl, createConnection, getConnection, mapAccounts, removeConnection, startAuthorization, type AccountMapping } from "@/lib/connections";
import { syncConnection } from "@/lib/sync";
import { ct } from "./messages";

const MAX_KEY_BYTES = 20_000;

async function redirectUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  return callbackUrl(process.env.TIRELIRE_PUBLIC_URL || (host ? `${proto}://${host}` : null));
}

async function secretsOf(provider: string, formData: FormData): Promise<Record<string, string>> {
  const f = formFields(formData);
  if (provider === "simplefin") return { setupToken: f.setupToken ?? "" };
  if (provider === "gocardless") return { secretId: f.secretId ?? "", secretKey: f.secretKey ?? "" };
  let privateKey = f.privateKey ?? "";
  const file = formData.get("privateKeyFile");
  if (!privateKey.trim() && file instanceof File && file.size > 0 && file.size <= MAX_KEY_BYTES) privateKey = await file.text();
  return { applicationId: f.applicationId ?? "", privateKey };
}

export async function createConnectionAction(provider: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  let next: string;
  try {
    const created = await createConnection(ctx, { provider, name: f.name, secrets: await secretsOf(provider, formData), settings: { baseUrl: f.baseUrl ?? "" } });
    if (provider === "simplefin") {
      // No redirect: claiming the setup token makes the connection usable at once.
      await startAuthorization(ctx, created.id, { redirectUrl: await redirectUrl() });
      next = `/connections/${created.id}/accounts`;
    } else next = `/connections/${created.id}/authorize`;
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/connections");
  redirect(next);
}

export async function startAuthorizationAction(connectionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  let target: string;
  try {
    const started = await startAuthorization(ctx, connectionId, {
      redirectUrl: await redirectUrl(), institutionId: f.institutionId, country: f.country, secrets: f.setupToken ? { setupToken: f.setupToken } : undefined,
    });
    target = started.authorizationUrl ?? `/connections/${connectionId}/accounts`;
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/connections");
  redirect(target);
}

export async function mapAccountsAction(connectionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const mappings: AccountMapping[] = [];
  for (const [key, value] of Object.entries(formFields(formData))) {
    if (!key.startsWith("map:")) continue;
    const externalId = key.slice(4);
    mappings.push({ externalId, target: value === "new" || value === "skip" ? value : { accountId: value } });
  }
  try {
    await mapAccounts(ctx, connectionId, mappings);
    await syncConnection(ctx, connectionId);
  } catch (error) {
    revalidatePath("/connections");
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/", "layout");
  redirect("/connections");
}

export async function syncNowAction(connectionId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const view = await getConnection(ctx, connectionId);
    if (!view.isMapped) await autoMapConnection(ctx, connectionId);
    const report = await syncConnection(ctx, connectionId);
    revalidatePath("/", "layout");
    return { notice: ct(ctx.locale, "syncDone", { new: report.new, updated: report.updated, pending: report.pending }), savedAt: Date.now() };
  } catch (error) {
    revalidatePath("/connections");
    return toActionState(error, ctx.locale);
  }
}

export async function removeConnectionAction(connectionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await removeConnection(ctx, connectionId, { keepData: formData.get("keepData") !== "delete" });
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/", "layout");
  redirect("/connections");
}
