// Upload a Factur-X invoice (fixture read in place) on the bills page and see what was read from it.
import fs from "node:fs";
import { expect } from "../harness.mjs";

const FIXTURE = "/work/shared/fixtures/invoices/Facture_FR_BASICWL.pdf";

export const uploadInvoice = {
  name: "upload a Factur-X invoice on the bills page",
  isAvailable: () => fs.existsSync(process.env.E2E_INVOICE ?? FIXTURE),
  async run(h) {
    const page = h.page;
    await h.visit("/bills");
    await page.locator("#files").setInputFiles(process.env.E2E_INVOICE ?? FIXTURE);
    await page.getByRole("button", { name: "Upload" }).click();
    const result = page.getByText(/\d+ new, \d+ already known, \d+ failed\./);
    await result.waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    expect(/^1 new, 0 already known, 0 failed\./.test(text.trim()), `one bill read from the invoice, got "${text}"`);
    await h.shoot("bill-uploaded");
  },
};
