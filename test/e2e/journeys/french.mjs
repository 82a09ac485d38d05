// French: a browser asking for fr-FR gets the sign-in page in French; the household's own language (English,
// chosen at setup) wins once signed in; switching it to Français in the settings turns the UI, the amounts
// ("1 234,56 €"), the dates ("25 nov. 2026", in tables too) and the category names French; switching back gives English again.
// This browser also prefers a dark colour scheme, so the accessibility check covers the dark palette.
import { expect } from "../harness.mjs";
import { OFX } from "../files.mjs";

const NBSP = /[\u00a0\u202f ]/.source; // Intl's French group and currency separators are (narrow) no-break spaces

/** An OFX day ("20261124") as the tables show it: "24 nov. 2026" / "24 Nov 2026" (lib/i18n/format.ts formatDay). */
function tableDay(ofxDay, locale) {
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" })
    .format(new Date(Date.UTC(Number(ofxDay.slice(0, 4)), Number(ofxDay.slice(4, 6)) - 1, 1)));
  return [Number(ofxDay.slice(6, 8)), month, ofxDay.slice(0, 4)].join("\u00a0"); // no-break spaces: a date never wraps
}

/** At 1280 px (the harness's desktop) the eleven sections sit on one line: none wraps, none is scrolled away. */
async function expectNavOnOneLine(h, language) {
  const viewport = h.page.viewportSize();
  expect(viewport?.width === 1280, `the desktop check runs at 1280 px, got ${viewport?.width}`);
  const nav = await h.page.locator("nav.nav").evaluate((el) => ({
    rows: new Set([...el.querySelectorAll("a")].map((a) => Math.round(a.getBoundingClientRect().top))).size,
    hiddenPx: el.scrollWidth - el.clientWidth,
    rightPx: Math.max(...[...el.querySelectorAll("a")].map((a) => a.getBoundingClientRect().right)),
  }));
  expect(nav.rows === 1 && nav.hiddenPx <= 0 && nav.rightPx <= 1280, `the ${language} navigation fits one line at 1280 px, got ${JSON.stringify(nav)}`);
}

async function chooseLanguage(h, code, saveLabel, savedNotice) {
  const page = h.page;
  await h.visit("/settings");
  await page.locator("#hh-locale").selectOption(code);
  await page.locator("form:has(#hh-locale)").getByRole("button", { name: saveLabel }).click();
  await page.getByText(savedNotice, { exact: true }).waitFor({ timeout: 30_000 });
}

export const french = {
  name: "French: browser language, household language, formats",
  async run(h, state) {
    const page = await h.newSession("fr-FR", { colorScheme: "dark" });
    await page.goto(h.url("/signin"), { waitUntil: "networkidle" });
    expect(await page.getByRole("button", { name: "Se connecter" }).count() === 1, "a French browser gets the French sign-in page");
    expect(await page.locator("html").getAttribute("lang") === "fr", "the page says it is in French (lang=fr)");
    await h.shoot("signin-fr");
    await page.fill("#email", state.email);
    await page.fill("#password", state.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
    // The household chose English at setup: the household's choice beats the browser's.
    await page.getByRole("heading", { name: "Accounts" }).first().waitFor();

    await chooseLanguage(h, "fr", "Save", "Enregistré.");
    await h.visit("/settings");
    expect(await page.getByRole("heading", { name: "Réglages", level: 1 }).count() === 1, "the settings page is now in French");
    expect(await page.getByRole("navigation").getByRole("link", { name: "Réglages" }).count() === 1, "the navigation is in French");
    await expectNavOnOneLine(h, "French");
    expect(await page.getByRole("button", { name: "Se déconnecter" }).isVisible(), "sign-out keeps its name (an icon at 1280 px)");
    await h.shoot("settings-fr");

    await h.visit("/");
    expect(await page.title() === "Tableau de bord · Tirelire", `the tab title is in French, got "${await page.title()}"`);
    const accountHref = await page.locator(".account-card").filter({ hasText: OFX.accountName }).getAttribute("href");
    await h.visit(accountHref);
    const balance = (await page.locator(".total__value").first().innerText()).trim();
    expect(new RegExp(`^1${NBSP}234,56${NBSP}€$`).test(balance), `the balance reads "1 234,56 €", got "${balance}"`);
    const today = new Date();
    const mediumDay = new Intl.DateTimeFormat("fr", { dateStyle: "medium", timeZone: "UTC" }).format(today);
    expect(/^\d{1,2} [a-zéû]+\.? \d{4}$/.test(mediumDay), `French medium dates look like "25 nov. 2026", got "${mediumDay}"`);
    const reported = new RegExp(`^Solde banque au ${mediumDay.replace(/\./g, "\\.").replace(/ /g, "[\\s\\u00a0]")}$`);
    expect(await page.getByText(reported).count() === 1, `the bank balance is dated "${mediumDay}"`);
    const decathlon = OFX.rows.find((r) => r.name.includes("DECATHLON"));
    const row = page.locator("tbody tr").filter({ hasText: "DECATHLON" });
    const rowText = await row.innerText();
    const rowDay = tableDay(decathlon.date, "fr");
    expect(rowText.includes(rowDay), `the row's date reads "${rowDay}" (day, month in words, year), got "${rowText}"`);
    expect(new RegExp(`-331,13${NBSP}€`).test(rowText), `the row's amount reads "-331,13 €", got "${rowText}"`);
    expect(rowText.includes("Equipement sports, loisirs"), `the category has its French name, got "${rowText}"`);
    await h.shoot("account-fr");

    await h.visit("/budgets");
    // The budget of budgets.mjs (300 €, 331,13 € spent) when that journey ran before this one.
    if (await page.locator("section.budget-row").count()) {
      const text = await page.locator("section.budget-row").first().innerText();
      expect(new RegExp(`331,13${NBSP}€ dépensés sur 300,00${NBSP}€ · Dépassement de 31,13${NBSP}€`).test(text), `the budget reads in French, got "${text}"`);
      expect(text.includes("Equipement sports, loisirs"), "the budget's category has its French name");
    }
    await h.shoot("budgets-fr");

    await chooseLanguage(h, "en", "Enregistrer", "Saved.");
    await h.visit("/settings");
    expect(await page.getByRole("heading", { name: "Settings", level: 1 }).count() === 1, "back in English");
    await expectNavOnOneLine(h, "English");
    await h.visit(accountHref);
    const balanceEn = (await page.locator(".total__value").first().innerText()).trim();
    expect(balanceEn === "€1,234.56", `the balance reads "€1,234.56" again, got "${balanceEn}"`);
    // English tables used to show US short dates (11/24/26): the day comes first, the month in words.
    const rowTextEn = await page.locator("tbody tr").filter({ hasText: "DECATHLON" }).innerText();
    const rowDayEn = tableDay(decathlon.date, "en");
    expect(rowTextEn.includes(rowDayEn) && !/\d{1,2}\/\d{1,2}\/\d{2}/.test(rowTextEn), `the row's date reads "${rowDayEn}", got "${rowTextEn}"`);
    await h.shoot("account-en");
  },
};
