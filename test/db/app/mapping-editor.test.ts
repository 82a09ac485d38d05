/**
 * The mapping screen as the server first renders it, in English and French: every control labelled in the reader's
 * language, the file's first lines with the preamble marked, and the live preview read from detection's guess.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MappingEditor } from "../../../app/(app)/import/mapping-editor";
import { detectFromText } from "../../../lib/aggregators/file/csv/detect";
import { readRecords } from "../../../lib/aggregators/file/csv/records";
import { decodeCsvText } from "../../../lib/aggregators/file/csv/text";
import type { Locale } from "../../../lib/i18n";

const text = ["RELEVE DE COMPTE", "Titulaire : M. DUPONT", "", "02/10/26;CB BOULANGERIE;;4,20", "05/10/26;VIREMENT SALAIRE;2 150,00;", "08/10/26;PRLV EDF;;87,45", "09/10/26;CB MONOPRIX;;1 023,99", "11/10/26;MUTUELLE;35,60;"].join("\r\n") + "\r\n";

function render(locale: Locale): string {
  const csv = decodeCsvText(new TextEncoder().encode(text));
  const detection = detectFromText(csv);
  const records = readRecords(csv.text, { delimiter: detection.delimiter, newline: csv.newline }, 60);
  const noop = () => undefined;
  return renderToStaticMarkup(createElement(MappingEditor, { locale, fileName: "livret.csv", detection, records, choices: [], onApply: noop, onCancel: noop, onReread: noop }));
}

const visibleText = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the mapping screen's first render", () => {
  it("labels every control in English and reads the rows after the preamble", () => {
    const html = render("en");
    for (const label of ["Map the columns of livret.csv", "Detection was unsure", "First line to read", "That line holds column names", "Date column", "Date format", "Label column", "Amount layout", "Debit column", "Credit column", "Decimal separator", "Live preview", "Remember as (optional)", "Export as JSON", "Import a JSON profile", "Use this mapping"]) {
      expect(html, label).toContain(label);
    }
    expect(html).toMatch(/<input[^>]*value="4"[^>]*>|value="4"/);
    // Lines 1-2 are the preamble, skipped; the blank line 3 is not a record.
    expect((html.match(/>skipped</g) ?? []).length).toBe(2);
    // Detection's guess (debit first) is what the preview shows until the user swaps the columns: the point of the screen.
    expect(visibleText(html)).toContain("2 Oct 2026 CB BOULANGERIE 4.20");
    // Every control has a label: no select or input without an id some label points at.
    const ids = [...html.matchAll(/<(?:select|input)[^>]* id="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids) expect(html, id).toContain(`for="${id}"`);
  });

  it("says it all in French, with French number formats", () => {
    const page = visibleText(render("fr"));
    for (const label of ["Associer les colonnes de livret.csv", "La détection a hésité", "Première ligne à lire", "Colonne de date", "Disposition des montants", "Colonne de débit", "Aperçu en direct", "Enregistrer sous (facultatif)", "Exporter en JSON", "Importer un profil JSON", "Utiliser cette association", "Colonne 1"]) {
      expect(page, label).toContain(label);
    }
    expect(page).toContain("1 234,56 (virgule)");
    expect(page).toMatch(/2 oct\. 2026 CB BOULANGERIE 4,20/);
    for (const english of ["First line", "Date column", "Live preview", "skipped", "Column 1", "Export as JSON"]) expect(page, english).not.toContain(english);
  });
});
