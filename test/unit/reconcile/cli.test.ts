import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../lib/cli/main";
import type { CliIo } from "../../../lib/cli/types";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-match-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const bills = [
  { id: "edf-1", vendor: "EDF", vendorRef: "INV-2024-001", type: "energy", amount: "76.20", currency: "EUR", date: "2024-01-10", dueDate: "2024-01-25", isRefund: false,
    originalAmount: null, originalDate: null, groupAmount: null, isThirdPartyPayer: false,
    matchingCriterias: { labelRegex: null, amountLowerDelta: null, amountUpperDelta: null, dateLowerDelta: null, dateUpperDelta: null } },
  { id: "ameli-1", vendor: "Ameli", type: "health_costs", amount: "17.50", currency: "EUR", date: "2024-01-12", originalAmount: "25.00", originalDate: "2024-01-05", isRefund: true },
  { id: "tpp", vendor: "Ameli", type: "health_costs", amount: "30.00", currency: "EUR", date: "2024-01-12", isThirdPartyPayer: true },
];
const transactions = [
  { id: "t-edf", date: "2024-01-20", realisationDate: null, amount: "-76.20", label: "PRLV SEPA EDF", categoryId: "401080", accountType: "checking" },
  { id: "t-doc", date: "2024-01-08", realisationDate: "2024-01-05", amount: "-25.00", label: "CB DR MARTIN", categoryId: "400610", accountType: "card", reimbursements: [] },
  { id: "t-cpam", date: "2024-01-13", amount: 17.5, label: "VIR CPAM PARIS", categoryId: "400610", accountType: "checking" },
  { id: "t-tpp", date: "2024-01-12", amount: "-30.00", label: "CB PHARMACIE", categoryId: "400610", accountType: "checking" },
];

describe("tirelire match", () => {
  it("prints the links as JSON, exactly in the contract's shape", async () => {
    const result = await run(["match", "--bills", write("bills.json", bills), "--transactions", write("tx.json", transactions), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      links: [
        { billId: "edf-1", transactionId: "t-edf", kind: "debit", amount: "76.20" },
        { billId: "ameli-1", transactionId: "t-doc", kind: "debit", amount: "25.00" },
        { billId: "ameli-1", transactionId: "t-cpam", kind: "credit", amount: "17.50" },
        { billId: "ameli-1", transactionId: "t-doc", kind: "reimbursement", amount: "17.50" },
      ],
    });
  });

  it("prints an empty list when nothing matches", async () => {
    const result = await run(["match", "--bills", write("none.json", []), "--transactions", write("tx2.json", transactions), "--json"]);
    expect(result).toMatchObject({ code: 0, stdout: '{"links":[]}' });
  });

  it("fails clearly on invalid JSON, a missing file, bad values and missing options", async () => {
    const invalid = await run(["match", "--bills", write("broken.json", "[{"), "--transactions", write("tx3.json", transactions), "--json"]);
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toMatch(/--bills .*broken\.json: invalid JSON/);
    expect(invalid.stdout).toBe("");
    const missing = await run(["match", "--bills", path.join(dir, "absent.json"), "--transactions", write("tx4.json", transactions), "--json"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/absent\.json: no such file/);
    const bad = await run(["match", "--bills", write("bad.json", [{ ...bills[0], amount: "lots" }]), "--transactions", write("tx5.json", transactions), "--json"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/bills\[0\]\.amount/);
    const noOption = await run(["match", "--bills", write("b6.json", bills), "--json"]);
    expect(noOption.code).not.toBe(0);
    expect(noOption.stderr).toMatch(/--transactions/);
  });

  it("prints readable lines without --json", async () => {
    const result = await run(["match", "--bills", write("b7.json", bills), "--transactions", write("t7.json", transactions)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("edf-1  debit");
  });
});
