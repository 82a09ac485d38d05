import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { autoMapConnection } from "../../../lib/connections";
import { syncConnection } from "../../../lib/sync";
import { todayIso, addDays } from "../../../lib/dates";
import { startGocardlessFake, type GocardlessFake } from "../../fakes/gocardless";
import { gocardlessHarness, type Harness } from "./harness";

const testDb = useTestDb();

describe("bill matching after a sync", () => {
  let harness: Harness;
  let fake: GocardlessFake;
  beforeAll(async () => {
    // A second fake with the same seed holds the same dataset: it tells the test what the bank will send.
    harness = await gocardlessHarness(51);
    fake = await startGocardlessFake({ seed: 51 });
  });
  afterAll(async () => {
    await harness?.close();
    await fake?.close();
  });

  it("links a waiting bill to the synced transaction that pays it", async () => {
    const ctx = await newHousehold("Bills");
    const since = addDays(todayIso(), -80);
    const paid = fake.accounts[0]!.booked.find((t) => t.transactionAmount.amount.startsWith("-") && t.bookingDate! >= since && ["NETFLIX.COM", "EDF CLIENTS PARTICULIERS", "SPOTIFY", "FREE MOBILE"].includes(t.creditorName ?? ""));
    expect(paid).toBeDefined();
    const vendor = { "NETFLIX.COM": "Netflix", "EDF CLIENTS PARTICULIERS": "EDF", SPOTIFY: "Spotify", "FREE MOBILE": "Free" }[paid!.creditorName as "SPOTIFY"];
    const amountMinor = BigInt(paid!.transactionAmount.amount.replace("-", "").replace(".", ""));
    const bill = await testDb.prisma.bill.create({ data: { householdId: ctx.householdId, konnector: "test", identity: "bill-1", vendor, amountMinor, currency: "EUR", date: paid!.bookingDate! } });
    const id = await harness.connect(ctx);
    await autoMapConnection(ctx, id);
    const report = await syncConnection(ctx, id);
    expect(report.matching?.linksCreated).toBeGreaterThanOrEqual(1);
    const links = await testDb.prisma.billLink.findMany({ where: { billId: bill.id } });
    expect(links).toHaveLength(1);
    const tx = await testDb.prisma.transaction.findUniqueOrThrow({ where: { id: links[0]!.transactionId } });
    expect([tx.externalId, tx.amountMinor]).toEqual([paid!.transactionId, -amountMinor]);
  });
});
