// Settings → "Download my data": the browser downloads one zip whose manifest, transactions.json and
// transactions.csv agree with what the earlier journeys put in: the OFX and CSV rows plus the synced ones.
import fs from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import Papa from "papaparse";
import { expect } from "../harness.mjs";
import { CSV, OFX } from "../files.mjs";

export const exportData = {
  name: "export the data",
  async run(h, state) {
    const page = h.page;
    await h.visit("/settings");
    await h.shoot("settings");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
    const file = path.join(state.tmpDir, download.suggestedFilename() || "export.zip");
    await download.saveAs(file);
    expect(/\.zip$/.test(download.suggestedFilename()), `a zip is downloaded, got "${download.suggestedFilename()}"`);

    const entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
    for (const name of ["manifest.json", "household.json", "accounts.json", "transactions.json", "transactions.csv"]) {
      expect(entries[name], `the zip holds ${name} (it has ${Object.keys(entries).filter((n) => !n.startsWith("bills/")).join(", ")})`);
    }
    const expectedCount = OFX.rows.length + CSV.rows.length + (state.syncedRows ?? 0);
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]));
    expect(manifest.format === "tirelire-export", "the manifest names the format");
    expect(manifest.counts.transactions === expectedCount, `manifest: ${expectedCount} transactions, got ${manifest.counts.transactions}`);
    const transactions = JSON.parse(strFromU8(entries["transactions.json"])).filter((t) => !t.deletedAt);
    expect(transactions.length === expectedCount, `transactions.json: ${expectedCount} rows, got ${transactions.length}`);
    const csv = Papa.parse(strFromU8(entries["transactions.csv"]), { header: true, skipEmptyLines: true });
    expect(csv.errors.length === 0, `transactions.csv parses: ${JSON.stringify(csv.errors.slice(0, 2))}`);
    expect(csv.data.length === expectedCount, `transactions.csv: ${expectedCount} rows, got ${csv.data.length}`);
    const decathlon = OFX.rows.find((r) => r.name.includes("DECATHLON"));
    const row = csv.data.find((r) => r.rawLabel.includes("DECATHLON"));
    expect(row && row.amount === decathlon.amount && row.currency === "EUR", `the DECATHLON row is exported as ${decathlon.amount} EUR, got ${JSON.stringify(row)}`);
    expect(row.categoryId === "400720", `the hand-chosen category is exported, got ${row?.categoryId}`);
    const accounts = JSON.parse(strFromU8(entries["accounts.json"]));
    expect(accounts.length === manifest.counts.accounts && accounts.length >= 2, `accounts.json agrees with the manifest (${accounts.length})`);
  },
};
