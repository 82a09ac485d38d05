/**
 * The bill pages' server actions end to end against a real database. Only what exists solely inside a Next
 * request is replaced: the next-auth session, the request cookies/headers, and revalidatePath.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold, memberOf } from "../app/households";
import { createAccount } from "../../../lib/accounts/accounts";
import { createManualTransaction } from "../../../lib/transactions/manual";
import { createBills } from "../../../lib/bills/create";
import { getBill } from "../../../lib/bills/list";
import { matchHousehold } from "../../../lib/reconcile/run";
import { loadBillLinks } from "../../../lib/bills/ui/links";
import { listApiTokens } from "../../../lib/auth/api-tokens";
import { completeBillAction, confirmLinkAction, linkByHandAction, rejectLinkAction, rerunMatchingAction } from "../../../app/(app)/bills/actions";
import { createKonnectorTokenAction, revokeKonnectorTokenAction } from "../../../app/(app)/settings/konnectors/actions";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { userId: session.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers({ "accept-language": "fr" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const testDb = useTestDb();

beforeEach(() => {
  session.userId = null;
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

async function scenario() {
  const owner = await newHousehold();
  await testDb.prisma.household.update({ where: { id: owner.householdId }, data: { locale: "fr" } });
  const account = await createAccount(owner, { name: "Main", type: "checking", currency: "EUR" });
  const paid = await createManualTransaction(owner, account.id, { date: "2024-03-05", amount: "-34.90", label: "PRLV FREE MOBILE" });
  const other = await createManualTransaction(owner, account.id, { date: "2024-03-06", amount: "-34.90", label: "CB CARREFOUR" });
  const { bills: [bill] } = await createBills(owner, "test", [{ vendor: "Free Mobile", vendorRef: "FM-03", type: "phone", amount: "34.90", currency: "EUR", date: "2024-03-02" }]);
  await matchHousehold(owner);
  const { links: [link] } = await loadBillLinks(owner, [bill!.id]);
  return { owner, paid, other, billId: bill!.id, linkId: link!.id };
}

describe("bill page actions", () => {
  it("confirm, reject and link by hand, each answering with a notice in the household's language", async () => {
    const s = await scenario();
    session.userId = s.owner.userId;
    expect(await confirmLinkAction(s.billId, s.linkId, {})).toMatchObject({ notice: "Lien confirmé : le rapprochement le conservera." });
    expect((await loadBillLinks(s.owner, [s.billId])).links[0]?.state).toBe("confirmed");
    expect((await rejectLinkAction(s.billId, s.linkId, {})).notice).toMatch(/ne sera plus proposé/);
    expect((await linkByHandAction(s.billId, s.other.id, "debit", {})).error).toBeUndefined();
    const states = (await loadBillLinks(s.owner, [s.billId])).links.map((l) => [l.transactionId, l.state]);
    expect(states).toEqual(expect.arrayContaining([[s.paid.id, "rejected"], [s.other.id, "confirmed"]]));
    expect((await rerunMatchingAction({})).notice).toMatch(/^Rapprochement terminé/);
    // A credit link on a debit is refused with the lib's message, nothing written.
    expect((await linkByHandAction(s.billId, s.paid.id, "credit", {})).error).toMatch(/credit/i);
  });

  it("shows field errors of the completion form and keeps what was typed", async () => {
    const s = await scenario();
    session.userId = s.owner.userId;
    const state = await completeBillAction(s.billId, {}, form({ vendor: "", amount: "12,40", currency: "EUR", date: "2024-13-40" }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["date", "vendor"]);
    expect(state.values).toMatchObject({ amount: "12,40" });
    expect(await completeBillAction(s.billId, {}, form({ vendor: "Free", amount: "12,40", currency: "EUR", date: "2024-03-04" }))).toMatchObject({ notice: "Facture complétée." });
    expect(await getBill(s.owner, s.billId)).toMatchObject({ vendor: "Free", amount: "12.40", date: "2024-03-04" });
  });

  it("refuses viewers and other households with an error, changing nothing", async () => {
    const s = await scenario();
    const viewer = await memberOf(s.owner, "viewer");
    session.userId = viewer.userId;
    expect((await confirmLinkAction(s.billId, s.linkId, {})).error).toBeTruthy();
    expect((await rerunMatchingAction({})).error).toBeTruthy();
    const stranger = await newHousehold("Other");
    session.userId = stranger.userId;
    expect((await rejectLinkAction(s.billId, s.linkId, {})).error).toBeTruthy();
    expect((await completeBillAction(s.billId, {}, form({ vendor: "X", amount: "1", currency: "EUR", date: "2024-01-01" }))).error).toBeTruthy();
    expect((await loadBillLinks(s.owner, [s.billId])).links[0]?.state).toBe("auto");
    expect((await getBill(s.owner, s.billId)).vendor).toBe("Free Mobile");
  });
});

describe("konnector token actions", () => {
  it("creates a bills token shown once, revokes it, and keeps members out", async () => {
    const owner = await newHousehold();
    session.userId = owner.userId;
    const bad = await createKonnectorTokenAction({}, form({ konnector: "free mobile" }));
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(["konnector"]);
    const created = await createKonnectorTokenAction({}, form({ konnector: "free-mobile", name: "Scraper", expiresInDays: "30" }));
    expect(created.token).toMatch(/^tlr_/);
    const [token] = await listApiTokens(owner);
    expect(token).toMatchObject({ konnector: "free-mobile", name: "Scraper", scopes: ["bills"], revokedAt: null });
    expect(JSON.stringify(token)).not.toContain(created.token!);

    const member = await memberOf(owner, "member");
    session.userId = member.userId;
    expect((await createKonnectorTokenAction({}, form({ konnector: "x" }))).error).toBeTruthy();
    expect((await revokeKonnectorTokenAction(token!.id, {})).error).toBeTruthy();
    session.userId = owner.userId;
    expect((await revokeKonnectorTokenAction(token!.id, {})).error).toBeUndefined();
    expect((await listApiTokens(owner))[0]?.revokedAt).not.toBeNull();
  });
});
