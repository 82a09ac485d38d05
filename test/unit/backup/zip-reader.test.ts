import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { openZipArchive, archiveLimits, type ZipLimits } from "../../../lib/backup/zip-reader";
import { openZipFile } from "../../../lib/backup/zip-file";
import { toAppError } from "../../../lib/errors";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-zip-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const MIB = 1024 * 1024;
let counter = 0;

function write(bytes: Uint8Array): string {
  const file = path.join(work, `a${++counter}.zip`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The error code and message of opening and reading every entry, or "OK". */
function outcome(file: string, limits?: ZipLimits): string {
  try {
    const archive = openZipArchive(file, limits);
    try {
      for (const name of archive.names) for (const chunk of archive.chunks(name)) void chunk;
    } finally {
      archive.close();
    }
    return "OK";
  } catch (error) {
    const appError = toAppError(error);
    return `${appError.code}: ${appError.message}`;
  }
}

/** Offsets of the central directory records (signature PK\x01\x02). */
function centralRecords(bytes: Uint8Array): number[] {
  const view = Buffer.from(bytes);
  const found: number[] = [];
  for (let i = view.length - 22; i >= 0; i--) if (view.readUInt32LE(i) === 0x02014b50) found.push(i);
  return found.reverse();
}

describe("streaming zip reader", () => {
  it("reads back what our streaming writer wrote, whole or in chunks", () => {
    const file = path.join(work, "ours.zip");
    const big = crypto.randomBytes(3 * MIB);
    const writer = openZipFile(file);
    writer.addEntry("manifest.json", ['{"format":"x"}']);
    writer.addEntry("tables/Big.jsonl", [big.subarray(0, MIB), big.subarray(MIB)]);
    writer.addEntry("empty.txt", []);
    writer.finish();
    const archive = openZipArchive(file);
    try {
      expect(archive.names).toEqual(["manifest.json", "tables/Big.jsonl", "empty.txt"]);
      expect(new TextDecoder().decode(archive.read("manifest.json"))).toBe('{"format":"x"}');
      expect(Buffer.from(archive.read("tables/Big.jsonl")!).equals(big)).toBe(true);
      const chunks = [...archive.chunks("tables/Big.jsonl")];
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(big)).toBe(true);
      expect(archive.read("empty.txt")).toEqual(new Uint8Array(0));
      expect(archive.read("missing")).toBeUndefined();
    } finally {
      archive.close();
    }
  });

  it("refuses a truncated archive, whatever the cut", () => {
    const bytes = zipSync({ "a.json": crypto.randomBytes(200_000), "b.json": new TextEncoder().encode("{}") }, { level: 0 });
    for (const keep of [bytes.length - 5, bytes.length - 60, Math.floor(bytes.length / 2), 10]) {
      expect(outcome(write(bytes.subarray(0, keep)))).toMatch(/^INVALID_INPUT: .*(truncated|not a readable archive)/);
    }
    expect(outcome(write(new TextEncoder().encode("not a zip at all")))).toMatch(/^INVALID_INPUT: .*no end-of-archive record/);
  });

  it("refuses an entry whose bytes were altered (CRC-32)", () => {
    const bytes = zipSync({ "a.txt": new TextEncoder().encode("hello, archive") }, { level: 0 });
    const altered = new Uint8Array(bytes);
    const at = Buffer.from(altered).indexOf("hello");
    altered[at] = "j".charCodeAt(0);
    expect(outcome(write(altered))).toMatch(/^INVALID_INPUT: .*a\.txt does not match its size or checksum/);
  });

  it("refuses a deflate bomb from its directory, before inflating anything", () => {
    const bomb = zipSync({ "database.sqlite": new Uint8Array(64 * MIB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(MIB);
    expect(outcome(write(bomb))).toMatch(/^TOO_LARGE: .*database\.sqlite would inflate \d+ times \(at most 200\)/);
  });

  it("stops an entry that inflates past the size it declares (a lying directory) after at most one input chunk", () => {
    const bytes = zipSync({ "x.bin": new Uint8Array(32 * MIB) }, { level: 9 });
    const patched = Buffer.from(bytes);
    for (const at of centralRecords(patched)) patched.writeUInt32LE(1000, at + 24); // declares 1000 bytes
    const file = write(patched);
    const archive = openZipArchive(file);
    let seen = 0;
    try {
      expect(() => {
        for (const chunk of archive.chunks("x.bin")) seen += chunk.length;
      }).toThrow(/inflates to more than the 1000 bytes it declares/);
      expect(seen).toBeLessThanOrEqual(1000);
    } finally {
      archive.close();
    }
  });

  it("refuses overlapping entries (the same bytes counted many times)", () => {
    const bytes = Buffer.from(zipSync({ "a.bin": crypto.randomBytes(1000), "b.bin": crypto.randomBytes(1000) }, { level: 0 }));
    const [first, second] = centralRecords(bytes);
    bytes.writeUInt32LE(bytes.readUInt32LE(first! + 42), second! + 42); // b points at a's local header
    expect(outcome(write(bytes))).toMatch(/^INVALID_INPUT: .*overlaps/);
  });

  it("enforces the total size and entry count limits", () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.bin`, crypto.randomBytes(200_000)]));
    const file = write(zipSync(files, { level: 0 }));
    expect(outcome(file)).toBe("OK");
    expect(outcome(file, { ...archiveLimits(), maxEntries: 10 })).toMatch(/^TOO_LARGE: .*12 entries \(at most 10\)/);
    expect(outcome(file, { ...archiveLimits(), maxTotalBytes: 2 * MIB })).toMatch(/^TOO_LARGE: .*more than 2 MiB/);
    expect(archiveLimits({ TIRELIRE_MAX_ARCHIVE_MB: "512" }).maxTotalBytes).toBe(512 * MIB);
    expect(archiveLimits({}).maxTotalBytes).toBe(16_384 * MIB);
  });
});
