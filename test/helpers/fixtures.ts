/** Real bank exports and e-invoices are read in place from ../shared/fixtures (never copied: some are copyleft). */
import fs from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = path.resolve(process.env.TIRELIRE_FIXTURES ?? path.join(__dirname, "../../../shared/fixtures"));

export function fixturePath(relative: string): string {
  return path.join(FIXTURES_DIR, relative);
}

export function readFixture(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixturePath(relative)));
}

export function listFixtures(folder: string): string[] {
  return fs.readdirSync(fixturePath(folder)).filter((name) => !name.startsWith(".")).sort();
}
