/**
 * Tenancy sweep: every finished lib entry point that takes an id, called by ANOTHER household with Alice's ids,
 * answers NOT_FOUND (never FORBIDDEN: no oracle on whether the id exists) and leaves Alice's data byte-identical;
 * a viewer of Alice's household is refused every write with FORBIDDEN. Real lib code on a migrated database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { detectCsvProfile } from "../../../lib/aggregators/file/csv";
import { newHousehold, memberOf } from "../app/households";
import { parsed, statement, tx, inputFor } from "../import/helpers";
import type { HouseholdContext } from "../../../lib/auth/guard";
import { createAccount, getAccount, getAccountWithBalance, hasTransactions, setAccountClosed, updateAccount } from "../../../lib/accounts/accounts";
import { deleteCsvProfile, saveCsvProfile } from "../../../lib/accounts/csv-profiles";
import { createManualTransaction, deleteTransaction, getTransaction, updateTransaction } from "../../../lib/transactions/manual";
import { changeMemberRole, removeMember } from "../../../lib/households/members";
import { commitImport, commitParsed, previewImport, undoImport } from "../../../lib/import";
import { createBills } from "../../../lib/bills/create";
import { getBill } from "../../../lib/bills/list";
import { completeBill } from "../../../lib/bills/complete";
import { readBillFile, readBillFileOfBill } from "../../../lib/bills/files";
import { billFileMeta } from "../../../lib/bills/ui/file-meta";
import { billFileResponse } from "../../../lib/bills/ui/file-response";
import { listLinksOfBills, listLinksOnTransactions } from "../../../lib/bills/ui/links";
import { createApiToken, revokeApiToken, listApiTokens } from "../../../lib/auth/api-tokens";
import {
  autoMapConnection, createConnection, getConnection, listConnections, listInstitutions, listMappableAccounts, listProviderAccounts,
  mapAccounts, removeConnection, setConnectionEnabled, startAuthorization,
} from "../../../lib/connections";
import { syncConnection } from "../../../lib/sync/run";
import { listSyncRuns } from "../../../lib/sync/runs";
import { deleteRule, findSimilarTransactions, recordCorrection, saveRule, applyRuleRetroactively } from "../../../lib/categorizer/store";
import { createCustomCategory, mergeCustomCategory, renameCustomCategory, setCustomCategoryHidden } from "../../../lib/categorizer/categories";

const testDb = useTestDb();
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

interface AliceWorld {
  alice: HouseholdContext;
  bob: HouseholdContext;
  viewer: HouseholdContext;
  accountId: string;
  transactionId: string;
  batchId: string;
  billId: string;
  fileId: string;
  connectionId: string;
  ruleId: string;
  categoryId: string;
  profileId: string;
  membershipId: string;
  tokenId: string;
}

let w: AliceWorld;

/** Every row of Alice's household that an attack could touch, as comparable text. */
async function snapshotOfAlice(): Promise<string> {
  const h = w.alice.householdId;
  const p = testDb.prisma;
  const rows = await Promise.all([
    p.account.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.transaction.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.importBatch.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.bill.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.billFile.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.connection.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.rule.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.category.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.csvProfile.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.membership.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
    p.apiToken.findMany({ where: { householdId: h }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

beforeAll(async () => {
  const alice = await newHousehold("Alice");
  const bob = await newHousehold("Bob");
  const viewer = await memberOf(alice, "viewer");
  const account = await createAccount(alice, { name: "Alice main", type: "checking", currency: "EUR" });
  const imported = await commitParsed(alice, inputFor({ accountId: account.id }), [parsed([statement([tx("2024-01-03", "-42.00", "CB BOULANGERIE GOSSELIN"), tx("2024-01-04", "-9.90", "CB BOULANGERIE GOSSELIN")])])]);
  const transaction = await createManualTransaction(alice, account.id, { date: "2024-01-05", amount: "-12.30", label: "Bakery" });
  const { bills: [bill] } = await createBills(alice, "test", [{ vendor: "Free", vendorRef: "F-1", amount: "34.90", currency: "EUR", date: "2024-03-02" }], { bytes: pdf, name: "facture.pdf" });
  const connection = await createConnection(alice, { provider: "gocardless", secrets: { secretId: "alice-secret-id", secretKey: "alice-secret-key" }, settings: { baseUrl: "http://127.0.0.1:9", country: "FR" } });
  const categoryId = await createCustomCategory(alice, { parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie" });
  const ruleId = await saveRule(alice, { name: "Gosselin", conditions: [{ field: "label", op: "contains", value: "gosselin" }], actions: [{ type: "setCategory", categoryId }] });
  const detected = detectCsvProfile(readFixture("csv/reckon__some_other.csv"));
  const profile = await saveCsvProfile(alice, { name: "Alice bank", accountId: account.id, profile: detected.profile });
  const token = await createApiToken(alice, { scope: "read" });
  w = {
    alice, bob, viewer, accountId: account.id, transactionId: transaction.id, batchId: imported.batchId, billId: bill!.id, fileId: (await getBill(alice, bill!.id)).fileId!,
    connectionId: connection.id, ruleId, categoryId, profileId: profile.id, membershipId: (viewer as { membershipId: string }).membershipId, tokenId: token.id,
  };
});

describe("another household's ids", () => {
  it("are NOT_FOUND for every read, and Alice's data is unchanged", async () => {
    const before = await snapshotOfAlice();
    const { bob } = w;
    const reads: [string, Promise<unknown>][] = [
      ["getAccount", getAccount(bob, w.accountId)],
      ["getAccountWithBalance", getAccountWithBalance(bob, w.accountId)],
      ["getTransaction", getTransaction(bob, w.transactionId)],
      ["getBill", getBill(bob, w.billId)],
      ["readBillFile", readBillFile(bob, w.fileId)],
      ["readBillFileOfBill", readBillFileOfBill(bob, w.billId)],
      ["billFileResponse", billFileResponse(bob, w.billId, { isDownload: true })],
      ["getConnection", getConnection(bob, w.connectionId)],
      ["listSyncRuns", listSyncRuns(bob, w.connectionId)],
      ["listInstitutions", listInstitutions(bob, w.connectionId, "FR")],
      ["listProviderAccounts", listProviderAccounts(bob, w.connectionId)],
      ["listMappableAccounts", listMappableAccounts(bob, w.connectionId)],
      ["findSimilarTransactions", findSimilarTransactions(bob, w.transactionId)],
      ["hasTransactions", hasTransactions(bob, w.accountId)],
    ];
    const codes = Object.fromEntries(await Promise.all(reads.map(async ([name, p]) => [name, await code(p)] as const)));
    expect(codes).toEqual(Object.fromEntries(reads.map(([name]) => [name, "NOT_FOUND"])));
    // Lookups that filter instead of throwing give nothing of Alice's.
    expect(await billFileMeta(bob, w.fileId)).toBeNull();
    expect(await listLinksOfBills(bob, [w.billId])).toEqual([]);
    expect(await listLinksOnTransactions(bob, [w.transactionId])).toEqual([]);
    expect(await listConnections(bob)).toEqual([]);
    expect(await listApiTokens(bob)).toEqual([]);
    expect(await snapshotOfAlice()).toBe(before);
  });

  it("are NOT_FOUND for every write, and Alice's data is unchanged", async () => {
    const before = await snapshotOfAlice();
    const { bob } = w;
    const writes: [string, () => Promise<unknown>][] = [
      ["updateAccount", () => updateAccount(bob, w.accountId, { name: "Stolen", type: "checking", currency: "EUR" })],
      ["setAccountClosed", () => setAccountClosed(bob, w.accountId, true)],
      ["createManualTransaction", () => createManualTransaction(bob, w.accountId, { date: "2024-01-06", amount: "1", label: "x" })],
      ["updateTransaction", () => updateTransaction(bob, w.transactionId, { date: "2024-01-05", amount: "-99", label: "Changed" })],
      ["deleteTransaction", () => deleteTransaction(bob, w.transactionId)],
      ["undoImport", () => undoImport(bob, w.batchId)],
      ["commitImport into Alice's account", () => commitImport(bob, { fileName: "x.qif", bytes: new TextEncoder().encode("!Type:Bank\nD01/02/2024\nT-5.00\nPInjected\n^\n"), format: "qif", target: { accountId: w.accountId } })],
      ["previewImport into Alice's account", () => previewImport(bob, { fileName: "x.qif", bytes: new TextEncoder().encode("!Type:Bank\nD01/02/2024\nT-5.00\nPInjected\n^\n"), format: "qif", target: { accountId: w.accountId } })],
      ["completeBill", () => completeBill(bob, w.billId, { vendor: "Evil", vendorRef: "X", amount: "1.00", currency: "EUR", date: "2024-01-01" })],
      ["startAuthorization", () => startAuthorization(bob, w.connectionId, { redirectUrl: "http://localhost/cb" })],
      ["mapAccounts", () => mapAccounts(bob, w.connectionId, [])],
      ["autoMapConnection", () => autoMapConnection(bob, w.connectionId)],
      ["setConnectionEnabled", () => setConnectionEnabled(bob, w.connectionId, false)],
      ["removeConnection", () => removeConnection(bob, w.connectionId, { keepData: false })],
      ["syncConnection", () => syncConnection(bob, w.connectionId)],
      ["saveRule (replace)", () => saveRule(bob, { id: w.ruleId, name: "Hijack", conditions: [{ field: "label", op: "contains", value: "x" }], actions: [{ type: "setCategory", categoryId: "400100" }] })],
      ["deleteRule", () => deleteRule(bob, w.ruleId)],
      ["applyRuleRetroactively", () => applyRuleRetroactively(bob, w.ruleId)],
      ["recordCorrection on Alice's transaction", () => recordCorrection(bob, [w.transactionId], "400100")],
      ["renameCustomCategory", () => renameCustomCategory(bob, w.categoryId, { nameEn: "Mine", nameFr: "Mienne" })],
      ["setCustomCategoryHidden", () => setCustomCategoryHidden(bob, w.categoryId, true)],
      ["mergeCustomCategory", () => mergeCustomCategory(bob, w.categoryId, "400100")],
      ["deleteCsvProfile", () => deleteCsvProfile(bob, w.profileId)],
      ["saveCsvProfile tied to Alice's account", () => saveCsvProfile(bob, { name: "Alice bank", accountId: w.accountId, profile: detectCsvProfile(readFixture("csv/reckon__some_other.csv")).profile })],
      ["changeMemberRole", () => changeMemberRole(bob, w.membershipId, "owner")],
      ["removeMember", () => removeMember(bob, w.membershipId)],
      ["revokeApiToken", () => revokeApiToken(bob, w.tokenId)],
    ];
    const codes: Record<string, string> = {};
    for (const [name, run] of writes) codes[name] = await code(run());
    expect(codes).toEqual(Object.fromEntries(writes.map(([name]) => [name, "NOT_FOUND"])));
    expect(await snapshotOfAlice()).toBe(before);
  });

  it("cannot be used as a category for Bob's own transactions, nor as a target in Bob's rules", async () => {
    const bobAccount = await createAccount(w.bob, { name: "Bob main", type: "checking", currency: "EUR" });
    const bobTx = await createManualTransaction(w.bob, bobAccount.id, { date: "2024-02-01", amount: "-3", label: "Gosselin" });
    expect(await code(recordCorrection(w.bob, [bobTx.id], w.categoryId))).not.toBe("OK");
    expect(await code(saveRule(w.bob, { name: "x", conditions: [{ field: "label", op: "contains", value: "g" }], actions: [{ type: "setCategory", categoryId: w.categoryId }] }))).not.toBe("OK");
    expect(await code(createCustomCategory(w.bob, { parentId: w.categoryId, nameEn: "Sub", nameFr: "Sous" }))).not.toBe("OK");
    const after = await getTransaction(w.bob, bobTx.id);
    expect(after.categoryId).not.toBe(w.categoryId);
  });
});

describe("a viewer", () => {
  it("is FORBIDDEN every write on its own household's ids, and nothing changes", async () => {
    const before = await snapshotOfAlice();
    const { viewer } = w;
    const writes: [string, () => Promise<unknown>][] = [
      ["createAccount", () => createAccount(viewer, { name: "Mine", type: "cash", currency: "EUR" })],
      ["updateAccount", () => updateAccount(viewer, w.accountId, { name: "Renamed", type: "checking", currency: "EUR" })],
      ["setAccountClosed", () => setAccountClosed(viewer, w.accountId, true)],
      ["createManualTransaction", () => createManualTransaction(viewer, w.accountId, { date: "2024-02-02", amount: "1", label: "x" })],
      ["updateTransaction", () => updateTransaction(viewer, w.transactionId, { date: "2024-01-05", amount: "-1", label: "y" })],
      ["deleteTransaction", () => deleteTransaction(viewer, w.transactionId)],
      ["undoImport", () => undoImport(viewer, w.batchId)],
      ["commitImport", () => commitImport(viewer, { fileName: "x.qif", bytes: new TextEncoder().encode("!Type:Bank\nD01/02/2024\nT-5.00\nPx\n^\n"), format: "qif", target: { accountId: w.accountId } })],
      ["createBills", () => createBills(viewer, "test", [{ vendor: "V", vendorRef: "R", amount: "1.00", currency: "EUR", date: "2024-01-01" }])],
      ["completeBill", () => completeBill(viewer, w.billId, { vendor: "V", vendorRef: "R", amount: "1.00", currency: "EUR", date: "2024-01-01" })],
      ["createConnection", () => createConnection(viewer, { provider: "gocardless", secrets: { secretId: "a", secretKey: "b" } })],
      ["startAuthorization", () => startAuthorization(viewer, w.connectionId, { redirectUrl: "http://localhost/cb" })],
      ["listInstitutions", () => listInstitutions(viewer, w.connectionId, "FR")],
      ["listProviderAccounts", () => listProviderAccounts(viewer, w.connectionId)],
      ["mapAccounts", () => mapAccounts(viewer, w.connectionId, [])],
      ["setConnectionEnabled", () => setConnectionEnabled(viewer, w.connectionId, false)],
      ["removeConnection", () => removeConnection(viewer, w.connectionId, { keepData: true })],
      ["syncConnection", () => syncConnection(viewer, w.connectionId)],
      ["saveRule", () => saveRule(viewer, { id: w.ruleId, name: "x", conditions: [{ field: "label", op: "contains", value: "x" }], actions: [{ type: "setCategory", categoryId: "400100" }] })],
      ["deleteRule", () => deleteRule(viewer, w.ruleId)],
      ["recordCorrection", () => recordCorrection(viewer, [w.transactionId], "400100")],
      ["renameCustomCategory", () => renameCustomCategory(viewer, w.categoryId, { nameEn: "a", nameFr: "b" })],
      ["deleteCsvProfile", () => deleteCsvProfile(viewer, w.profileId)],
      ["changeMemberRole", () => changeMemberRole(viewer, w.membershipId, "owner")],
      ["removeMember", () => removeMember(viewer, w.membershipId)],
      ["createApiToken", () => createApiToken(viewer, { scope: "read-write" })],
      ["revokeApiToken", () => revokeApiToken(viewer, w.tokenId)],
    ];
    const codes: Record<string, string> = {};
    for (const [name, run] of writes) codes[name] = await code(run());
    expect(codes).toEqual(Object.fromEntries(writes.map(([name]) => [name, "FORBIDDEN"])));
    expect(await snapshotOfAlice()).toBe(before);
  });
});
