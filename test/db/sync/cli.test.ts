import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";
import { startSimplefinFake, type SimplefinFake } from "../../fakes/simplefin";
import { startEnablebankingFake, type EnablebankingFake } from "../../fakes/enablebanking";
import { REDIRECT_URL } from "./harness";

const testDb = useTestDb();

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("tirelire connect / connections / sync", () => {
  let simplefin: SimplefinFake;
  let enablebanking: EnablebankingFake;
  let keyDir = "";
  let householdId = "";
  beforeAll(async () => {
    simplefin = await startSimplefinFake({ seed: 21 });
    enablebanking = await startEnablebankingFake({ seed: 22 });
    keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-eb-key-"));
    fs.writeFileSync(path.join(keyDir, "key.pem"), enablebanking.privateKeyPem);
    householdId = (await testDb.prisma.household.create({ data: { name: "Cli" } })).id;
  });
  afterAll(async () => {
    await simplefin?.close();
    await enablebanking?.close();
    fs.rmSync(keyDir, { recursive: true, force: true });
  });

  let simplefinId = "";
  it("connects SimpleFIN with a setup token and creates its accounts", async () => {
    const result = await run("connect", "simplefin", "--setup-token", simplefin.createSetupToken(), "--household", householdId, "--json");
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { connectionId: string; status: string; accountsCreated: number; authorizationUrl: null };
    expect(out).toMatchObject({ status: "active", authorizationUrl: null, accountsCreated: simplefin.accounts.length });
    simplefinId = out.connectionId;
  });

  let ebId = "";
  it("connects Enable Banking through the printed link and `connect complete`", async () => {
    const started = await run("connect", "enablebanking", "--application-id", enablebanking.applicationId, "--private-key", path.join(keyDir, "key.pem"),
      "--institution", "FI:Mock ASPSP", "--base-url", enablebanking.baseUrl, "--redirect-url", REDIRECT_URL, "--household", householdId, "--json");
    expect(started.stderr).toBe("");
    const out = JSON.parse(started.stdout) as { connectionId: string; status: string; authorizationUrl: string };
    expect(out.status).toBe("pending");
    ebId = out.connectionId;
    const landed = await enablebanking.authorize(out.authorizationUrl);
    const wrong = await run("connect", "complete", "--connection", simplefinId, "--callback-url", landed);
    expect(wrong.code).not.toBe(0);
    const done = await run("connect", "complete", "--connection", ebId, "--callback-url", landed, "--json");
    expect(done.stderr).toBe("");
    expect(JSON.parse(done.stdout)).toMatchObject({ connectionId: ebId, status: "active", accountsCreated: 2 });
  });

  it("lists connections without secrets", async () => {
    const result = await run("connections", "--json");
    const list = JSON.parse(result.stdout) as { id: string; provider: string; status: string; accounts: unknown[] }[];
    expect(list.map((c) => [c.id, c.provider, c.status])).toEqual([[simplefinId, "simplefin", "active"], [ebId, "enablebanking", "active"]]);
    expect(result.stdout).not.toContain("PRIVATE KEY");
    expect(result.stdout).not.toMatch(/accessUrl|secret/i);
  });

  it("syncs every connection with per-account counts, then only what is new", async () => {
    const first = await run("sync", "--json");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { connections: { connectionId: string; status: string; new: number; accounts: { new: number; updated: number; pending: number }[] }[] };
    expect(out.connections.map((c) => c.status)).toEqual(["succeeded", "succeeded"]);
    expect(out.connections.every((c) => c.new > 0 && c.accounts.reduce((n, a) => n + a.new, 0) === c.new)).toBe(true);
    expect(out.connections.flatMap((c) => c.accounts).some((a) => a.pending > 0)).toBe(true);
    const second = JSON.parse((await run("sync", "--connection", ebId, "--json")).stdout) as { connections: { new: number }[] };
    expect(second.connections).toHaveLength(1);
    expect(second.connections[0]!.new).toBe(0);
    const text = await run("sync", "--connection", ebId);
    expect(text.stdout).toMatch(/0 new, 0 updated, \d+ pending/);
  });

  it("reports a failing connection and still syncs the others", async () => {
    enablebanking.expireSessions();
    const result = await run("sync", "--json");
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout) as { connections: { connectionId: string; status: string; errorCode: string | null; error: string | null }[] };
    expect(out.connections.find((c) => c.connectionId === simplefinId)?.status).toBe("succeeded");
    expect(out.connections.find((c) => c.connectionId === ebId)).toMatchObject({ status: "failed", errorCode: "CONSENT_EXPIRED" });
    const listed = JSON.parse((await run("connections", "--json")).stdout) as { id: string; status: string; lastError: string }[];
    expect(listed.find((c) => c.id === ebId)).toMatchObject({ status: "reauth_required" });
  });
});
