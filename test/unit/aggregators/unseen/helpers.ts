/**
 * Unseen bank exports, written in the tests from what real banks produce: each sample is read by the pure parser
 * (format detected from the bytes, like the import) AND by `tirelire parse FILE --json` on a temp file, and both
 * must print the same NormalizedStatement JSON (DESIGN.md), which the tests then check field by field.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, expect } from "vitest";
import { parseFile } from "@/lib/aggregators/file";
import { main } from "@/lib/cli/main";
import type { CliIo } from "@/lib/cli/types";
import { toStatementJson } from "@/lib/import/statement-json";

export type StatementJson = ReturnType<typeof toStatementJson>;
export type TransactionJson = StatementJson["statements"][number]["transactions"][number];

let tempDir: string | null = null;

afterAll(() => {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = null;
});

function tempFile(name: string, bytes: Uint8Array): string {
  tempDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-unseen-"));
  const file = path.join(tempDir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Text → bytes in a bank's encoding ("utf-8" adds no BOM; "utf-8-bom" and "utf-16le" write one). */
export function encode(text: string, encoding: "utf-8" | "utf-8-bom" | "windows-1252" | "iso-8859-1" | "iso-8859-15" | "utf-16le" | "cp850" = "utf-8"): Uint8Array {
  if (encoding === "utf-8") return new Uint8Array(Buffer.from(text, "utf8"));
  if (encoding === "utf-8-bom") return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
  if (encoding === "utf-16le") return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]));
  return new Uint8Array(iconv.encode(text, encoding));
}

/** Lines joined with CRLF, as Windows exporters write them. */
export const crlf = (...lines: string[]) => lines.join("\r\n") + "\r\n";
export const lf = (...lines: string[]) => lines.join("\n") + "\n";

async function runCli(file: string, extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async function* () {} };
  const code = await main(["parse", file, ...extra, "--json"], io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/**
 * Parses `input` both ways and returns the contract JSON once both agree. The pure side detects the format from
 * the content (never the name); the CLI side gets a file name whose extension says nothing (".dat").
 */
export async function parseBoth(input: string | Uint8Array, options: { encoding?: string; fileName?: string } = {}): Promise<StatementJson> {
  const bytes = typeof input === "string" ? encode(input) : input;
  const pure = toStatementJson(parseFile(bytes, options.encoding ? { encoding: options.encoding } : {}));
  const file = tempFile(options.fileName ?? `export-${Math.random().toString(36).slice(2)}.dat`, bytes);
  const cli = await runCli(file, options.encoding ? ["--encoding", options.encoding] : []);
  expect(cli.stderr).toBe("");
  expect(cli.code).toBe(0);
  const json = JSON.parse(cli.stdout) as StatementJson;
  expect(json).toEqual(pure);
  return json;
}

/** The CLI's one-line failure for input it cannot read (and the pure parser throws). */
export async function failBoth(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === "string" ? encode(input) : input;
  expect(() => parseFile(bytes)).toThrow();
  const cli = await runCli(tempFile(`bad-${Math.random().toString(36).slice(2)}.dat`, bytes), []);
  expect(cli.code).not.toBe(0);
  expect(cli.stdout).toBe("");
  expect(cli.stderr.split("\n")).toHaveLength(1);
  return cli.stderr;
}

/** [date, amount, label] of every transaction of the only (or given) statement. */
export function rows(json: StatementJson, statement = 0): [string, string, string][] {
  return json.statements[statement]!.transactions.map((t) => [t.date, t.amount, t.label]);
}

export function only(json: StatementJson): StatementJson["statements"][number] {
  expect(json.statements).toHaveLength(1);
  return json.statements[0]!;
}
