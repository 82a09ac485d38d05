// Imports through the import page: an OFX straight to its preview, a CSV through the column-mapping screen.
import { expect } from "../harness.mjs";
import { CSV, OFX, writeCsv, writeOfx } from "../files.mjs";

export const importOfx = {
  name: "import an OFX and see its transactions",
  async run(h, state) {
    const page = h.page;
    await h.visit("/import");
    await page.locator("input[type=file]").setInputFiles(writeOfx(state.tmpDir));
    const commit = page.getByRole("button", { name: `Import ${OFX.rows.length} transactions` });
    await commit.waitFor({ timeout: 60_000 });
    await h.shoot("ofx-preview");
    await commit.click();
    await page.getByText(`Imported ${OFX.rows.length} transactions`).waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "View account" }).click();
    await page.waitForURL(/\/accounts\/[^/]+$/);
    await page.getByText(/carrefour/i).first().waitFor();
    expect(await page.getByText(/decathlon/i).count() > 0, "the imported rows are listed on the account page");
    await h.shoot("ofx-account");
  },
};

export const importCsv = {
  name: "import a CSV through the mapping screen",
  // A CSV names no account: the page previews it into a new account at once (no refused "recognise" request).
  async run(h, state) {
    const page = h.page;
    await h.visit("/import");
    await page.locator("input[type=file]").setInputFiles(writeCsv(state.tmpDir));
    const useMapping = page.getByRole("button", { name: "Use this mapping" });
    const adjust = page.getByRole("button", { name: "Adjust the column mapping" });
    await useMapping.or(adjust).first().waitFor({ timeout: 60_000 });
    // A recognised CSV goes straight to its preview; the mapping screen is one click away.
    if (await adjust.isVisible()) await adjust.click();
    await useMapping.waitFor();
    await h.shoot("csv-mapping");
    await useMapping.click();
    const commit = page.getByRole("button", { name: `Import ${CSV.rows.length} transactions` });
    await commit.waitFor({ timeout: 60_000 });
    await h.shoot("csv-preview");
    await commit.click();
    await page.getByText(`Imported ${CSV.rows.length} transactions`).waitFor({ timeout: 60_000 });
  },
};
