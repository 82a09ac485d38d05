import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";

async function run(argv: string[], lines: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async function* () {
      yield* lines;
    },
  };
  const code = await main(["categorize", ...argv], io);
  const stdout = out.join("\n").split("\n").filter(Boolean);
  return { code, results: stdout.map((l) => JSON.parse(l) as { categoryId: string; source: string; confidence: number | null }), stderr: err.join("\n") };
}

const line = (label: string, amount: string | number, date = "2024-03-01", categoryId?: string) => JSON.stringify({ label, amount, date, ...(categoryId ? { categoryId } : {}) });

let dir = "";
let saved: string | undefined;
beforeAll(() => {
  // No database at all: a path that cannot exist. Without --household the command must not touch it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-categorize-"));
  saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${path.join(dir, "missing", "nope.db")}`;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  expect(fs.existsSync(path.join(dir, "missing"))).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tirelire categorize --json", () => {
  it("writes one line per input with exactly categoryId, source, confidence", async () => {
    const { code, results } = await run(["--json"], [line("CB CARREFOUR 04/01", "-42.34"), "", line("XQZW 99", -3.5), line("RETRAIT DAB 12/03 PARIS", "-40.00")]);
    expect(code).toBe(0);
    expect(results).toHaveLength(3);
    for (const r of results) expect(Object.keys(r)).toEqual(["categoryId", "source", "confidence"]);
    expect(results[0]).toMatchObject({ categoryId: "400110", source: "global" });
    expect(results[1]).toEqual({ categoryId: "0", source: "none", confidence: null });
    expect(results[2]!.categoryId).toBe("300");
    for (const r of results) expect(["manual", "rule", "local", "global", "bank", "none"]).toContain(r.source);
  });

  it("without --learn, corrections in the input are ignored (nothing is learned)", async () => {
    const { results } = await run(["--json"], [line("VIR RIMONE 12/03", "-20.00", "2024-03-01", "400810"), line("VIR RIMONE 19/03", "-22.00")]);
    expect(results.map((r) => `${r.categoryId}/${r.source}`)).toEqual(["100/global", "100/global"]);
  });

  it("with --learn, predicts first (and prints), then learns, in order", async () => {
    const { code, results } = await run(["--json", "--learn"], [
      line("CB RIMONE 12/03", "-20.00", "2024-03-01", "400240"),
      line("CB RIMONE 19/03", "-22.00"),
      line("CB AMAZON PAYMENTS 12/03", "-30.00", "2024-03-02", "400740"),
      line("CB AMAZON PAYMENTS 20/03", "-31.00"),
    ]);
    expect(code).toBe(0);
    // An unknown card payment of a few euros: the weak base-rate guess (restaurants), then what was taught.
    expect(results[0]).toEqual({ categoryId: "400810", source: "global", confidence: 0.2 });
    expect(results[1]).toMatchObject({ categoryId: "400240", source: "local" });
    expect(results[2]).toMatchObject({ categoryId: "400112", source: "global" });
    expect(results[3]).toMatchObject({ categoryId: "400740", source: "local" });
    expect(results[3]!.confidence).toBeGreaterThan(0);
    expect(results[3]!.confidence).toBeLessThanOrEqual(1);
  });

  it("tolerates a byte-order mark, CRLF leftovers and a missing amount", async () => {
    const { code, results } = await run(["--json"], [`\uFEFF${line("CB CARREFOUR", "-1.00")}`, `${line("PRLV SEPA EDF", "-50.00")}\r`, JSON.stringify({ label: "CB LIDL" })]);
    expect(code).toBe(0);
    expect(results.map((r) => r.categoryId)).toEqual(["400110", "401080", "400110"]);
  });

  it("tolerates numeric amounts and extra fields", async () => {
    const { results } = await run(["--json"], [JSON.stringify({ label: "PRLV SEPA EDF", amount: -76.2, date: "2024-01-10", currency: "EUR", note: "x" })]);
    expect(results[0]).toMatchObject({ categoryId: "401080" });
  });

  it("rejects a malformed line with one error naming it, after answering the lines before", async () => {
    const { code, results, stderr } = await run(["--json"], [line("CB CARREFOUR", "-1.00"), "{oops", line("CB LIDL", "-2.00")]);
    expect(code).toBe(2);
    expect(results).toHaveLength(1);
    expect(stderr).toMatch(/line 2/);
    const bad = await run(["--json"], [JSON.stringify({ label: "X", amount: "twelve" })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line 1.*amount/);
  });

  it("requires --json", async () => {
    const { code, stderr } = await run([], []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--json/);
  });
});
