/** `tirelire bills parse FILE --json`: the Bill JSON of one e-invoice, nothing written, no database needed. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";
import { fixturePath } from "../../helpers/fixtures";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(["bills", ...argv], io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

let dir = "";
const saved = { DATABASE_URL: process.env.DATABASE_URL, TIRELIRE_DATA_DIR: process.env.TIRELIRE_DATA_DIR };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-bills-parse-"));
  // A database URL that cannot work: parsing must not need one.
  process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/none";
  process.env.TIRELIRE_DATA_DIR = path.join(dir, "data");
});

afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("tirelire bills parse", () => {
  it("prints the DESIGN Bill JSON, writing nothing", async () => {
    const { code, stdout } = await run("parse", fixturePath("invoices/Facture_FR_BASICWL.pdf"), "--json");
    expect(code).toBe(0);
    const bill = JSON.parse(stdout);
    expect(bill).toMatchObject({ vendor: "Au bon moulin", vendorRef: "FA-2017-0010", amount: "470.15", currency: "EUR", date: "2017-11-13", dueDate: "2017-12-13", isRefund: false });
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);
  });

  it("prints a refund for a negative amount due", async () => {
    const { code, stdout } = await run("parse", fixturePath("invoices/xrechnung/03.01a-INVOICE_uncefact.xml"), "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ amount: "225.14", isRefund: true, type: "energy" });
  });

  it("exits non-zero with one clear message on unreadable input", async () => {
    const missing = await run("parse", path.join(dir, "nope.pdf"), "--json");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file/);
    const notInvoice = path.join(dir, "statement.csv");
    fs.writeFileSync(notInvoice, "date,amount\n2024-01-01,1.00\n");
    const wrong = await run("parse", notInvoice, "--json");
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/neither a PDF nor an XML e-invoice/);
    expect(wrong.stdout).toBe("");
    expect((await run("parse")).code).not.toBe(0);
  });
});
