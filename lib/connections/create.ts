/**
 * Adding a connection, step one: the provider and what the user typed (setup token, app credentials, private
 * key) are stored at once, the secrets sealed (AES-256-GCM). Nothing is asked of the provider yet: the next steps
 * (bank list, authorization) read the credentials back on the server, so they never travel to the browser again.
 */
import { z } from "zod";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { AppError } from "../errors";
import { ACCOUNT_VIEW_SELECT, adapterFor, sealSecrets, toView } from "./store";
import type { ConnectionView } from "./types";

/** What each provider needs from the user before it can do anything. */
export const REQUIRED_SECRETS: Record<string, readonly string[]> = {
  simplefin: ["setupToken"],
  gocardless: ["secretId", "secretKey"],
  enablebanking: ["applicationId", "privateKey"],
};

const SETTING_KEYS = ["baseUrl", "institutionId", "country", "syncIntervalHours"] as const;

const inputSchema = z.object({
  provider: z.string().min(1),
  name: z.string().trim().max(100).optional(),
  secrets: z.record(z.string(), z.string().max(20_000)),
  settings: z.record(z.string(), z.string().max(500)).default({}),
});

export type CreateConnectionInput = z.input<typeof inputSchema>;

function checkBaseUrl(value: string | undefined): void {
  if (!value) return;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("INVALID_INPUT", "The provider address is not a URL", { userMessage: "The provider address must be a full http(s) URL." });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new AppError("INVALID_INPUT", "The provider address must use http(s)");
}

export async function createConnection(ctx: HouseholdContext, input: CreateConnectionInput): Promise<ConnectionView> {
  requirePermission(ctx, "write");
  const parsed = inputSchema.parse(input);
  const adapter = adapterFor(parsed.provider);
  const secrets: Record<string, string> = {};
  for (const key of REQUIRED_SECRETS[adapter.id] ?? []) {
    const value = parsed.secrets[key]?.trim();
    if (!value) throw new AppError("INVALID_INPUT", `${adapter.label ?? adapter.id}: ${key} is required`, { details: { fields: [{ field: key, message: "Required" }] } });
    secrets[key] = value;
  }
  const settings: Record<string, string> = {};
  for (const key of SETTING_KEYS) {
    const value = parsed.settings[key]?.trim();
    if (value) settings[key] = value;
  }
  checkBaseUrl(settings.baseUrl);
  const row = await db().connection.create({
    data: {
      householdId: ctx.householdId, provider: adapter.id, name: parsed.name || adapter.label || adapter.id, status: "pending",
      secrets: sealSecrets(secrets), settings: JSON.stringify(settings),
    },
    include: { accounts: { select: ACCOUNT_VIEW_SELECT } },
  });
  return toView(row);
}
