import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";
import { fixturePath } from "../../helpers/fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  return { io, out, err };
}

async function run(...argv: string[]) {
  const { io, out, err } = capture();
  const code = await main(["parse", ...argv], io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const TX_KEYS = ["externalId", "date", "valueDate", "amount", "currency", "label", "payee", "memo", "pending", "checkNumber"];
let dataDir = "";
let savedEnv: Record<string, string | undefined> = {};

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-parse-"));
  savedEnv = { DATABASE_URL: process.env.DATABASE_URL, TIRELIRE_DATA_DIR: process.env.TIRELIRE_DATA_DIR };
  delete process.env.DATABASE_URL;
  process.env.TIRELIRE_DATA_DIR = path.join(dataDir, "data");
});

afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) if (value === undefined) delete process.env[key]; else process.env[key] = value;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("tirelire parse", () => {
  it("prints exactly the NormalizedStatement JSON, keys in the documented order", async () => {
    const { code, stdout, stderr } = await run(fixturePath("camt/ofxstatement-iso20022__simple.xml"), "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["format", "encoding", "statements", "warnings"]);
    expect(json.format).toBe("camt");
    expect(json.statements).toHaveLength(1);
    const [statement] = json.statements;
    expect(Object.keys(statement)).toEqual(["account", "openingBalance", "closingBalance", "transactions"]);
    expect(Object.keys(statement.account)).toEqual(["externalId", "iban", "number", "bankId", "name", "type", "currency"]);
    expect(statement.openingBalance).toEqual({ amount: "306.53", date: "2015-12-01" });
    expect(statement.closingBalance).toEqual({ amount: "125.52", date: "2015-12-31" });
    expect(statement.transactions).toHaveLength(4);
    for (const tx of statement.transactions) expect(Object.keys(tx)).toEqual(TX_KEYS);
    expect(statement.transactions[0]).toMatchObject({ date: "2015-12-31", amount: "-0.29", pending: false });
  });

  it("prints every statement of a multi-account file, and warnings as {line?, message}", async () => {
    const { code, stdout } = await run(fixturePath("mt940/zilverline-mt940__two_accounts.txt"), "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.statements).toHaveLength(4);
    expect(json.statements.at(-1).closingBalance).toEqual({ amount: "238.00", date: "2012-10-29" });
    for (const warning of json.warnings) {
      expect(Object.keys(warning).every((k) => k === "line" || k === "message")).toBe(true);
      expect(typeof warning.message).toBe("string");
    }
  });

  it("prints a readable summary without --json", async () => {
    const { code, stdout } = await run(fixturePath("mt940/zilverline-mt940__two_accounts.txt"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/MT940/);
    expect(stdout).toMatch(/4 statement\(s\)/);
    expect(stdout).toMatch(/closing balance 238\.00 on 2012-10-29/);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("honours --format, and refuses an unknown one", async () => {
    expect((await run(fixturePath("camt/ofxstatement-iso20022__simple.xml"), "--format", "camt", "--json")).code).toBe(0);
    const bad = await run(fixturePath("camt/ofxstatement-iso20022__simple.xml"), "--format", "pdf");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Unknown format "pdf"/);
  });

  it("fails with one clear message for a missing file, an empty file and garbage", async () => {
    const missing = await run(path.join(dataDir, "nope.ofx"), "--json");
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/Cannot read .*nope\.ofx: no such file/);

    const empty = path.join(dataDir, "empty.csv");
    fs.writeFileSync(empty, "");
    const emptyRun = await run(empty, "--json");
    expect(emptyRun.code).not.toBe(0);
    expect(emptyRun.stderr.split("\n")).toHaveLength(1);

    const garbage = path.join(dataDir, "garbage.bin");
    fs.writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const garbageRun = await run(garbage, "--json");
    expect(garbageRun.code).not.toBe(0);
    expect(garbageRun.stdout).toBe("");
    expect(garbageRun.stderr).toMatch(/^tirelire parse: /);
  });

  it("names the element of a truncated CAMT file", async () => {
    const truncated = path.join(dataDir, "truncated.xml");
    const bytes = fs.readFileSync(fixturePath("camt/ofxstatement-iso20022__simple.xml"));
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await run(truncated, "--json");
    expect(result.code).not.toBe(0);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr.length).toBeGreaterThan("tirelire parse: ".length + 10);
  });

  it("writes nothing: no database file appears", async () => {
    await run(fixturePath("camt/ofxstatement-iso20022__simple.xml"), "--json");
    expect(fs.existsSync(path.join(dataDir, "data", "tirelire.db"))).toBe(false);
  });

  it("resolves --profile as a built-in preset name or a profile JSON file", async () => {
    const knab = fixturePath("csv/ofxstatement-dutch__Knab_transactieoverzicht_ok.csv");
    const byName = await run(knab, "--profile", "knab-nl", "--json");
    expect(byName.stderr).toBe("");
    expect(JSON.parse(byName.stdout).statements[0].transactions).toHaveLength(28);
    const { findPreset } = await import("../../../lib/aggregators/file/csv");
    const file = path.join(dataDir, "profile.json");
    fs.writeFileSync(file, JSON.stringify(findPreset("knab-nl")!.profile));
    const byFile = await run(knab, "--profile", file, "--json");
    expect(JSON.parse(byFile.stdout)).toEqual(JSON.parse(byName.stdout));
    const unknown = await run(knab, "--profile", "no-such-bank");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/No CSV profile named "no-such-bank"/);
  });
});

