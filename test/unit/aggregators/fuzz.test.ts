/**
 * Fuzzing the file parsers with mutations of the real fixtures (bit flips, truncations, splices of another
 * file, repeated chunks, deleted ranges). Bounded by an iteration count (FUZZ_ITERATIONS per fixture, seeded so a
 * failure replays), not by time. Each call must return a well-formed ParseResult or throw an AppError: never
 * another exception. A hang shows up as this file's test timing out.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../../lib/aggregators/file";
import { fileAggregators } from "../../../lib/aggregators/registry";
import { isAppError } from "../../../lib/errors";
import { isIsoDay } from "../../../lib/dates";
import { mulberry32 as prng } from "../../../lib/random";
import type { ParseResult } from "../../../lib/aggregators/types";
import { listFixtures, readFixture } from "../../helpers/fixtures";

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 30);
const FOLDERS = ["ofx", "qif", "csv", "camt", "mt940"] as const;
const FORMATS = ["ofx", "qif", "csv", "camt", "mt940"];
const ACCOUNT_TYPES = ["checking", "savings", "card", "loan", "investment", "cash", "other"];
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Mutation = (bytes: Uint8Array, random: () => number, donor: Uint8Array) => Uint8Array;
const pick = (random: () => number, n: number) => Math.floor(random() * n);

const mutations: Record<string, Mutation> = {
  bitFlips(bytes, random) {
    const out = bytes.slice();
    const flips = 1 + pick(random, 16);
    for (let i = 0; i < flips && out.length; i++) out[pick(random, out.length)]! ^= 1 << pick(random, 8);
    return out;
  },
  truncate(bytes, random) {
    return bytes.slice(0, pick(random, bytes.length));
  },
  splice(bytes, random, donor) {
    const at = pick(random, bytes.length + 1);
    const from = pick(random, donor.length + 1);
    const piece = donor.slice(from, from + 1 + pick(random, 400));
    return concat(bytes.slice(0, at), piece, bytes.slice(at));
  },
  repeatChunk(bytes, random) {
    const from = pick(random, bytes.length + 1);
    const chunk = bytes.slice(from, from + 1 + pick(random, 200));
    const times = 2 + pick(random, 50);
    return concat(bytes.slice(0, from), ...Array.from({ length: times }, () => chunk), bytes.slice(from));
  },
  deleteRange(bytes, random) {
    const from = pick(random, bytes.length + 1);
    return concat(bytes.slice(0, from), bytes.slice(from + 1 + pick(random, 300)));
  },
  garbage(bytes, random) {
    const at = pick(random, bytes.length + 1);
    const noise = Uint8Array.from({ length: 1 + pick(random, 64) }, () => pick(random, 256));
    return concat(bytes.slice(0, at), noise, bytes.slice(at));
  },
};

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Throws with a precise message when the result breaks the NormalizedStatement contract. */
function assertParseResult(result: ParseResult): void {
  const fail = (what: string) => { throw new Error(`malformed ParseResult: ${what}`); };
  if (!FORMATS.includes(result.format)) fail(`format ${String(result.format)}`);
  if (typeof result.encoding !== "string" || !result.encoding) fail("encoding");
  if (!Array.isArray(result.statements) || !Array.isArray(result.warnings)) fail("statements/warnings not arrays");
  for (const warning of result.warnings) if (typeof warning.message !== "string") fail("warning without message");
  for (const statement of result.statements) {
    const { account } = statement;
    if (!account || !ACCOUNT_TYPES.includes(account.type)) fail(`account type ${String(account?.type)}`);
    for (const balance of [statement.openingBalance, statement.closingBalance]) {
      if (balance !== null && (!DECIMAL.test(balance.amount) || (balance.date !== null && !isIsoDay(balance.date)))) fail(`balance ${JSON.stringify(balance)}`);
    }
    if (!Array.isArray(statement.transactions)) fail("transactions not an array");
    for (const tx of statement.transactions) {
      if (!isIsoDay(tx.date)) fail(`date ${tx.date}`);
      if (tx.valueDate !== null && !isIsoDay(tx.valueDate)) fail(`valueDate ${tx.valueDate}`);
      if (!DECIMAL.test(tx.amount)) fail(`amount ${tx.amount}`);
      if (typeof tx.label !== "string" || typeof tx.pending !== "boolean") fail("label/pending");
    }
  }
}

const fixtures = FOLDERS.flatMap((folder) => listFixtures(folder).map((name) => `${folder}/${name}`)).filter((file) => !file.endsWith(".md"));
const readable = fixtures.flatMap((file) => {
  try {
    return [{ file, bytes: readFixture(file) }];
  } catch {
    return []; // a sub-folder of fixtures
  }
});

describe("parser fuzzing", () => {
  it("has parsers registered for every format", () => {
    expect(Object.keys(fileAggregators).sort()).toEqual([...FORMATS].sort());
  });

  readable.forEach(({ file, bytes }, fileIndex) => {
    it(`survives ${ITERATIONS} mutations of ${file}`, () => {
      const random = prng(0x5eed + fileIndex);
      const names = Object.keys(mutations);
      const failures: string[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        const name = names[pick(random, names.length)]!;
        const donor = readable[pick(random, readable.length)]!.bytes;
        const mutated = mutations[name]!(bytes, random, donor);
        try {
          assertParseResult(parseFile(mutated));
        } catch (error) {
          if (!isAppError(error)) failures.push(`#${i} ${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  });
});
