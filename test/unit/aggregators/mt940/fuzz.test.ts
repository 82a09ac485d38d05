/**
 * Mutations of every CAMT and MT940 fixture (truncations, byte flips, deleted and duplicated slices): each
 * either parses or fails with AppError("PARSE_ERROR"); nothing else is thrown. Deterministic and bounded.
 */
import { describe, expect, it } from "vitest";
import { camtAggregator } from "../../../../lib/aggregators/file/camt";
import { mt940Aggregator } from "../../../../lib/aggregators/file/mt940";
import { isAppError } from "../../../../lib/errors";
import { mulberry32 as random } from "../../../../lib/random";
import type { FileAggregator } from "../../../../lib/aggregators/types";
import { listFixtures, readFixture } from "../../../helpers/fixtures";

function mutate(bytes: Uint8Array, next: () => number): Uint8Array {
  const at = Math.floor(next() * bytes.length);
  const span = 1 + Math.floor(next() * 40);
  switch (Math.floor(next() * 4)) {
    case 0:
      return bytes.slice(0, at);
    case 1: {
      const copy = bytes.slice();
      for (let i = 0; i < span && at + i < copy.length; i++) copy[at + i] = Math.floor(next() * 256);
      return copy;
    }
    case 2:
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(Math.min(bytes.length, at + span))]);
    default:
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at, at + span), ...bytes.subarray(at)]);
  }
}

const targets: Array<[string, FileAggregator]> = [["camt", camtAggregator], ["mt940", mt940Aggregator]];

describe.each(targets)("%s mutations", (folder, aggregator) => {
  it.each(listFixtures(folder))("%s: 40 mutations parse or fail with PARSE_ERROR", (name) => {
    const original = readFixture(`${folder}/${name}`);
    const next = random(name.length * 7919);
    for (let round = 0; round < 40; round++) {
      const bytes = mutate(original, next);
      try {
        aggregator.detect(bytes);
        const result = aggregator.parse(bytes);
        for (const statement of result.statements) {
          for (const transaction of statement.transactions) expect(transaction.amount).toMatch(/^-?\d+(\.\d+)?$/);
        }
      } catch (error) {
        if (!isAppError(error) || error.code !== "PARSE_ERROR") throw new Error(`round ${round}: ${String(error)}`);
      }
    }
  });
});
