/**
 * Reading a backup or export archive without holding it in memory, and without trusting it: the central directory
 * is read from the end of the file and checked (entry count, declared sizes against the limits, compression ratio,
 * entries that overlap — the trick of "overlapping" zip bombs — or reach outside the file); then each entry is
 * inflated on demand, 16 KiB of input at a time, and stopped the moment it yields more than it declared. Sizes and
 * CRC-32 are verified at the end of every entry, so a truncated or altered archive is one clear error, raised
 * before the restore or import has changed anything.
 */
import fs from "node:fs";
import zlib from "node:zlib";
import { Inflate } from "fflate";
import { AppError } from "../errors";

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the declared (uncompressed) sizes of all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio accepted for an entry above 1 MiB (real data: 2–50; a bomb: ~1000). */
  maxRatio: number;
}

export interface ZipArchive {
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The whole entry (at most its declared size), or undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined;
  /** The entry's bytes in chunks, checked as they come. */
  chunks(name: string): Generator<Uint8Array>;
  close(): void;
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedBytes: number;
  sizeBytes: number;
  headerOffset: number;
  /** Where the compressed bytes start (after the local header), known once the layout is checked. */
  dataOffset: number;
}

const MIB = 1024 * 1024;
const INPUT_CHUNK_BYTES = 16 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** TIRELIRE_MAX_ARCHIVE_MB (default 16384 = 16 GiB uncompressed), 200,000 entries, ratio 200. */
export function archiveLimits(env: Record<string, string | undefined> = process.env): ZipLimits {
  const mb = Number(env.TIRELIRE_MAX_ARCHIVE_MB);
  return { maxEntries: 200_000, maxTotalBytes: (Number.isFinite(mb) && mb > 0 ? mb : 16_384) * MIB, maxRatio: 200 };
}

export function openZipArchive(file: string, limits: ZipLimits = archiveLimits()): ZipArchive {
  const fd = fs.openSync(file, "r");
  try {
    const entries = readCentralDirectory(fd, file, limits);
    const byName = new Map(entries.map((e) => [e.name, e]));
    return {
      names: entries.map((e) => e.name),
      has: (name) => byName.has(name),
      read(name) {
        const entry = byName.get(name);
        if (!entry) return undefined;
        const out = new Uint8Array(entry.sizeBytes);
        let offset = 0;
        for (const chunk of entryChunks(fd, file, entry)) {
          out.set(chunk, offset);
          offset += chunk.length;
        }
        return out;
      },
      *chunks(name) {
        const entry = byName.get(name);
        if (!entry) throw damaged(file, `${name} is missing`);
        yield* entryChunks(fd, file, entry);
      },
      close: () => fs.closeSync(fd),
    };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

const damaged = (file: string, why: string) => new AppError("INVALID_INPUT", `${file} is not a readable archive: ${why}. Nothing was changed.`);
const tooBig = (file: string, why: string) => new AppError("TOO_LARGE", `${file} was refused: ${why} (a zip bomb, or raise TIRELIRE_MAX_ARCHIVE_MB). Nothing was changed.`);

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return read === length ? buffer : buffer.subarray(0, read);
}

function readCentralDirectory(fd: number, file: string, limits: ZipLimits): Entry[] {
  const fileBytes = fs.fstatSync(fd).size;
  const tailLength = Math.min(fileBytes, 22 + 0xffff);
  const tail = readAt(fd, fileBytes - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, "no end-of-archive record (not a zip file, or truncated)");
  const count = tail.readUInt16LE(eocd + 10);
  const directoryBytes = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw damaged(file, "ZIP64 archives are not supported");
  if (count > limits.maxEntries) throw tooBig(file, `${count} entries (at most ${limits.maxEntries})`);
  const eocdPosition = fileBytes - tailLength + eocd;
  if (directoryOffset + directoryBytes > eocdPosition) throw damaged(file, "its directory points past the end of the file (truncated?)");
  const directory = readAt(fd, directoryOffset, directoryBytes);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let totalBytes = 0;
  for (let at = 0, index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw damaged(file, `directory entry ${index + 1} is damaged`);
    const nameLength = directory.readUInt16LE(at + 28);
    const entry: Entry = {
      name: directory.toString("utf8", at + 46, at + 46 + nameLength), method: directory.readUInt16LE(at + 10), crc: directory.readUInt32LE(at + 16),
      compressedBytes: directory.readUInt32LE(at + 20), sizeBytes: directory.readUInt32LE(at + 24), headerOffset: directory.readUInt32LE(at + 42), dataOffset: -1,
    };
    const flags = directory.readUInt16LE(at + 8);
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (flags & 1) throw damaged(file, `${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw damaged(file, `${entry.name} uses compression method ${entry.method}`);
    if (seen.has(entry.name)) throw damaged(file, `${entry.name} appears twice`);
    seen.add(entry.name);
    totalBytes += entry.sizeBytes;
    if (totalBytes > limits.maxTotalBytes) throw tooBig(file, `its entries add up to more than ${Math.round(limits.maxTotalBytes / MIB)} MiB`);
    if (entry.sizeBytes > MIB && entry.sizeBytes / Math.max(entry.compressedBytes, 1) > limits.maxRatio) {
      throw tooBig(file, `${entry.name} would inflate ${Math.round(entry.sizeBytes / Math.max(entry.compressedBytes, 1))} times (at most ${limits.maxRatio})`);
    }
    entries.push(entry);
  }
  checkLayout(fd, file, entries, directoryOffset);
  return entries;
}

/** Each entry's local header and data lie before the directory, and no two entries share bytes. */
function checkLayout(fd: number, file: string, entries: readonly Entry[], directoryOffset: number): void {
  for (const entry of entries) {
    const header = readAt(fd, entry.headerOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw damaged(file, `${entry.name} has no local header (truncated?)`);
    entry.dataOffset = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }
  const ordered = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  ordered.forEach((entry, i) => {
    const limit = ordered[i + 1]?.headerOffset ?? directoryOffset;
    if (entry.dataOffset + entry.compressedBytes > limit) throw damaged(file, `${entry.name} overlaps the next entry or the directory`);
  });
}

function* entryChunks(fd: number, file: string, entry: Entry): Generator<Uint8Array> {
  const start = entry.dataOffset;
  let produced = 0;
  let crc = 0;
  const pending: Uint8Array[] = [];
  const accept = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.sizeBytes) throw tooBig(file, `${entry.name} inflates to more than the ${entry.sizeBytes} bytes it declares`);
    crc = zlib.crc32(chunk, crc);
    pending.push(chunk);
  };
  const inflater = entry.method === 8 ? new Inflate((chunk) => accept(chunk)) : null;
  for (let offset = 0; offset < entry.compressedBytes; offset += INPUT_CHUNK_BYTES) {
    const input = readAt(fd, start + offset, Math.min(INPUT_CHUNK_BYTES, entry.compressedBytes - offset));
    if (input.length === 0) throw damaged(file, `${entry.name} is cut short`);
    const isLast = offset + INPUT_CHUNK_BYTES >= entry.compressedBytes;
    try {
      if (inflater) inflater.push(input, isLast);
      else accept(new Uint8Array(input));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw damaged(file, `${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`);
    }
    yield* pending.splice(0);
  }
  if (inflater && entry.compressedBytes === 0) throw damaged(file, `${entry.name} is empty`);
  if (produced !== entry.sizeBytes || crc >>> 0 !== entry.crc) throw damaged(file, `${entry.name} does not match its size or checksum`);
}
