/**
 * API tokens for scripts and konnectors running elsewhere. The token is random, shown once at creation and
 * stored only as its SHA-256 (a database leak gives no usable token); a short prefix identifies it in lists.
 * Scopes: "read", "read-write", or "bills" (bound to one konnector: it can only write that konnector's bills).
 * Every token belongs to one household, so a verified token yields that household's context and nothing more.
 */
import crypto from "node:crypto";
import { z } from "zod";
import { AppError, notFound } from "../errors";
import { db } from "../db/client";
import { requirePermission, type HouseholdContext } from "./guard";
import type { Role } from "./roles";
import { konnectorSlugSchema } from "../bills/schema";

export const TOKEN_SCOPES = ["read", "read-write", "bills"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export type RequiredAccess = "read" | "write" | "bills";

const TOKEN_PREFIX = "tlr_";
const PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    scope: z.enum(TOKEN_SCOPES).default("bills"),
    konnector: konnectorSlugSchema.optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .refine((t) => t.scope !== "bills" || !!t.konnector, { message: "A bills token is bound to one konnector: give --konnector NAME", path: ["konnector"] })
  .refine((t) => t.scope === "bills" || !t.konnector, { message: "Only bills tokens are bound to a konnector", path: ["konnector"] });

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  konnector: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken extends ApiTokenInfo {
  /** The secret itself: returned once, never stored. */
  token: string;
}

export interface ApiTokenAuth {
  tokenId: string;
  ctx: HouseholdContext;
  scopes: TokenScope[];
  konnector: string | null;
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

function parseScopes(text: string): TokenScope[] {
  return text.split(",").map((s) => s.trim()).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
}

type TokenRow = { id: string; name: string; prefix: string; scopes: string; konnector: string | null; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null };

function toInfo(row: TokenRow): ApiTokenInfo {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: parseScopes(row.scopes), konnector: row.konnector, createdAt: row.createdAt.toISOString(), lastUsedAt: iso(row.lastUsedAt), expiresAt: iso(row.expiresAt), revokedAt: iso(row.revokedAt) };
}

export async function createApiToken(ctx: HouseholdContext, input: z.input<typeof createTokenSchema>): Promise<CreatedApiToken> {
  requirePermission(ctx, "manage");
  const data = createTokenSchema.parse(input);
  const token = `${TOKEN_PREFIX}${crypto.randomBytes(30).toString("base64url")}`;
  const row = await db().apiToken.create({
    data: {
      householdId: ctx.householdId,
      userId: ctx.userId,
      name: data.name ?? (data.konnector ? `konnector ${data.konnector}` : `${data.scope} token`),
      tokenHash: hashToken(token),
      prefix: token.slice(0, PREFIX_LENGTH),
      scopes: data.scope,
      konnector: data.konnector ?? null,
      expiresAt: data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null,
    },
  });
  return { ...toInfo(row), token };
}

export async function listApiTokens(ctx: HouseholdContext): Promise<ApiTokenInfo[]> {
  requirePermission(ctx, "manage");
  const rows = await db().apiToken.findMany({ where: { householdId: ctx.householdId }, orderBy: { createdAt: "asc" } });
  return rows.map(toInfo);
}

export async function revokeApiToken(ctx: HouseholdContext, id: string): Promise<ApiTokenInfo> {
  requirePermission(ctx, "manage");
  const row = await db().apiToken.findFirst({ where: { id, householdId: ctx.householdId } });
  if (!row) throw notFound("API token");
  const updated = row.revokedAt ? row : await db().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return toInfo(updated);
}

const unauthenticated = () =>
  new AppError("UNAUTHENTICATED", "Missing, unknown, expired or revoked API token", {
    userMessage: "Send a valid API token: Authorization: Bearer <token>.",
  });

/** Reads `Authorization: Bearer <token>`; every failure is the same 401 (no oracle on which part was wrong). */
export async function verifyApiToken(authorization: string | null | undefined, required: RequiredAccess): Promise<ApiTokenAuth> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const token = match?.[1];
  if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) throw unauthenticated();
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw unauthenticated();
  // A token made by a member grants no more than that member still has: it stops when they leave the household and
  // cannot write once they can only read. (Tokens made by the operator's CLI have no user.)
  let isCreatorReadOnly = false;
  if (row.userId !== null) {
    const membership = await db().membership.findFirst({ where: { userId: row.userId, householdId: row.householdId }, select: { role: true } });
    if (!membership) throw unauthenticated();
    isCreatorReadOnly = membership.role === "viewer";
    if (required !== "read" && isCreatorReadOnly) throw new AppError("FORBIDDEN", "This token's creator can no longer write in this household");
  }
  const scopes = parseScopes(row.scopes);
  const allowed = required === "bills" ? scopes.includes("bills") && !!row.konnector : required === "write" ? scopes.includes("read-write") : scopes.includes("read") || scopes.includes("read-write");
  if (!allowed) throw new AppError("FORBIDDEN", `This token's scope (${scopes.join(", ")}) does not allow ${required}`);
  await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const role: Role = !isCreatorReadOnly && (scopes.includes("read-write") || scopes.includes("bills")) ? "member" : "viewer";
  return { tokenId: row.id, ctx: { householdId: row.householdId, userId: row.userId, role }, scopes, konnector: row.konnector };
}

/** For operator tooling only (CLI): which household a token id belongs to. */
export async function householdOfToken(id: string): Promise<string | null> {
  const row = await db().apiToken.findUnique({ where: { id }, select: { householdId: true } });
  return row?.householdId ?? null;
}
