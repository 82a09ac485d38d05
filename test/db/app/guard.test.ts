import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold, memberOf } from "./households";
import { createAccount, getAccount, listAccountsWithBalances, setAccountClosed, updateAccount } from "../../../lib/accounts/accounts";
import { createManualTransaction, deleteTransaction, getTransaction, updateTransaction } from "../../../lib/transactions/manual";
import { listTransactions } from "../../../lib/transactions/list";
import { householdContextFor } from "../../../lib/auth/guard";
import { addMember, changeMemberRole, listMembers, removeMember } from "../../../lib/households/members";
import { getHouseholdSettings, updateHouseholdSettings } from "../../../lib/households/settings";
import { listHouseholdsOfUser } from "../../../lib/households/memberships";

const testDb = useTestDb();
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

describe("household guard", () => {
  it("answers NOT_FOUND for another household's account and transaction, for reads and writes", async () => {
    const alice = await newHousehold("Alice");
    const bob = await newHousehold("Bob");
    const account = await createAccount(alice, { name: "Alice main", type: "checking", currency: "EUR" });
    const transaction = await createManualTransaction(alice, account.id, { date: "2024-01-05", amount: "-12.30", label: "Bakery" });

    expect(await code(getAccount(bob, account.id))).toBe("NOT_FOUND");
    expect(await code(updateAccount(bob, account.id, { name: "Stolen", type: "checking", currency: "EUR" }))).toBe("NOT_FOUND");
    expect(await code(setAccountClosed(bob, account.id, true))).toBe("NOT_FOUND");
    expect(await code(createManualTransaction(bob, account.id, { date: "2024-01-06", amount: "1", label: "x" }))).toBe("NOT_FOUND");
    expect(await code(getTransaction(bob, transaction.id))).toBe("NOT_FOUND");
    expect(await code(updateTransaction(bob, transaction.id, { date: "2024-01-05", amount: "-99", label: "Changed" }))).toBe("NOT_FOUND");
    expect(await code(deleteTransaction(bob, transaction.id))).toBe("NOT_FOUND");
    expect((await listTransactions(bob, { accountId: account.id })).rows).toEqual([]);
    expect(await listAccountsWithBalances(bob)).toEqual([]);

    // Nothing of Alice's changed.
    const after = await getTransaction(alice, transaction.id);
    expect([after.label, after.amountMinor, after.deletedAt]).toEqual(["Bakery", -1230n, null]);
    expect((await getAccount(alice, account.id)).closedAt).toBeNull();
  });

  it("resolves no context for a user outside the household", async () => {
    const alice = await newHousehold("Alice");
    const bob = await newHousehold("Bob");
    expect(await code(householdContextFor(bob.userId, alice.householdId))).toBe("NOT_FOUND");
  });

  it("lets a viewer read but not write", async () => {
    const owner = await newHousehold();
    const account = await createAccount(owner, { name: "Main", type: "checking", currency: "EUR" });
    const transaction = await createManualTransaction(owner, account.id, { date: "2024-02-01", amount: "10", label: "Refund" });
    const viewer = await memberOf(owner, "viewer");

    expect((await getAccount(viewer, account.id)).name).toBe("Main");
    expect((await listTransactions(viewer, { accountId: account.id })).rows).toHaveLength(1);
    expect(await code(createAccount(viewer, { name: "Mine", type: "cash", currency: "EUR" }))).toBe("FORBIDDEN");
    expect(await code(updateAccount(viewer, account.id, { name: "Renamed", type: "checking", currency: "EUR" }))).toBe("FORBIDDEN");
    expect(await code(setAccountClosed(viewer, account.id, true))).toBe("FORBIDDEN");
    expect(await code(createManualTransaction(viewer, account.id, { date: "2024-02-02", amount: "1", label: "x" }))).toBe("FORBIDDEN");
    expect(await code(updateTransaction(viewer, transaction.id, { date: "2024-02-01", amount: "10", label: "y" }))).toBe("FORBIDDEN");
    expect(await code(deleteTransaction(viewer, transaction.id))).toBe("FORBIDDEN");
    expect((await listTransactions(owner, { accountId: account.id })).rows.map((r) => r.label)).toEqual(["Refund"]);
  });

  it("lets a member write but keeps member management and settings to owners", async () => {
    const owner = await newHousehold();
    const member = await memberOf(owner, "member");
    const account = await createAccount(member, { name: "Shared", type: "savings", currency: "CHF" });
    expect(account.householdId).toBe(owner.householdId);
    expect(await code(addMember(member, { email: "someone@example.com", password: "password-1234", role: "viewer" }))).toBe("FORBIDDEN");
    expect(await code(changeMemberRole(member, member.membershipId, "owner"))).toBe("FORBIDDEN");
    expect(await code(removeMember(member, member.membershipId))).toBe("FORBIDDEN");
    expect(await code(updateHouseholdSettings(member, { name: "Mine now", locale: "fr", currency: "EUR" }))).toBe("FORBIDDEN");
    expect((await getHouseholdSettings(owner)).name).toBe("Household");
  });
});

describe("members", () => {
  it("adds an existing user by email, and a new one only with an initial password", async () => {
    const owner = await newHousehold("Home");
    const other = await newHousehold("Elsewhere");
    const added = await addMember(owner, { email: other.email.toUpperCase(), role: "viewer" });
    expect(added.userId).toBe(other.userId);
    expect(await code(addMember(owner, { email: other.email, role: "member" }))).toBe("CONFLICT");
    expect(await code(addMember(owner, { email: "new-person@example.com", role: "member" }))).toBe("INVALID_INPUT");
    await addMember(owner, { email: "new-person@example.com", password: "long enough pw", role: "member" });
    expect((await listMembers(owner)).map((m) => [m.email, m.role])).toEqual([
      [owner.email, "owner"], [other.email, "viewer"], ["new-person@example.com", "member"],
    ]);
    // The other user now sees both households; the context follows the one asked for.
    expect((await householdContextFor(other.userId, owner.householdId)).role).toBe("viewer");
    expect((await listHouseholdsOfUser(other.userId)).map((h) => [h.name, h.role])).toEqual([["Elsewhere", "owner"], ["Home", "viewer"]]);
  });

  it("never leaves a household without an owner", async () => {
    const owner = await newHousehold();
    const ownMembership = (await listMembers(owner))[0]!;
    expect(await code(removeMember(owner, ownMembership.id))).toBe("CONFLICT");
    expect(await code(changeMemberRole(owner, ownMembership.id, "member"))).toBe("CONFLICT");

    const second = await memberOf(owner, "member");
    await changeMemberRole(owner, second.membershipId, "owner");
    await changeMemberRole(owner, ownMembership.id, "viewer");
    const roles = (await listMembers(owner)).map((m) => m.role);
    expect(roles).toEqual(["viewer", "owner"]);
  });

  it("changes roles and removes members, scoped to the household", async () => {
    const owner = await newHousehold();
    const elsewhere = await newHousehold();
    const viewer = await memberOf(owner, "viewer");
    expect(await code(changeMemberRole(elsewhere, viewer.membershipId, "owner"))).toBe("NOT_FOUND");
    expect(await code(removeMember(elsewhere, viewer.membershipId))).toBe("NOT_FOUND");
    await changeMemberRole(owner, viewer.membershipId, "member");
    expect((await householdContextFor(viewer.userId, owner.householdId)).role).toBe("member");
    await removeMember(owner, viewer.membershipId);
    expect(await code(householdContextFor(viewer.userId, owner.householdId))).toBe("NOT_FOUND");
    expect(testDb.provider).toMatch(/sqlite|postgresql/);
  });
});
