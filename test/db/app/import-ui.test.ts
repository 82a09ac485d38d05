import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { readFixture } from "../../helpers/fixtures";
import { newHousehold } from "./households";
import { commitImport, listImports, previewImport, undoImport } from "../../../lib/import";
import { detectCsvProfile } from "../../../lib/aggregators/file/csv";
import { listCsvProfiles, saveCsvProfile, deleteCsvProfile } from "../../../lib/accounts/csv-profiles";
import { listAccountsWithBalances } from "../../../lib/accounts/accounts";
import { normalizeDecimal } from "../../../lib/money";
import { importInputFromUpload, trimPreview } from "../../../lib/http/import-request";
import { readBodyCapped, readUploadForm } from "../../../lib/http/upload";
import { mappingFromProfile, previewMapping, profileFromMapping } from "../../../app/(app)/import/live-preview";

useTestDb();

function uploadRequest(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }): Request {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("file", new Blob([file.bytes as BlobPart]), file.name);
  return new Request("http://localhost/api/v1/imports", { method: "POST", body: form });
}

describe("upload reading", () => {
  it("reads the file and fields of a multipart form", async () => {
    const bytes = new TextEncoder().encode("OFXHEADER:100\n");
    const upload = await readUploadForm(uploadRequest({ target: "auto" }, { name: "a.ofx", bytes }), 1024);
    expect([upload.fileName, upload.fields.target, upload.bytes.length]).toEqual(["a.ofx", "auto", bytes.length]);
  });

  it("refuses a body past the cap, and a form without a file", async () => {
    const big = new Uint8Array(200_000);
    const tooLarge = await readUploadForm(uploadRequest({}, { name: "big.csv", bytes: big }), 100_000).catch((e) => e);
    expect([tooLarge.code, tooLarge.status]).toEqual(["TOO_LARGE", 413]);
    const noFile = await readUploadForm(uploadRequest({ target: "auto" }), 1024).catch((e) => e);
    expect(noFile.code).toBe("INVALID_INPUT");
    const notMultipart = await readUploadForm(new Request("http://localhost/x", { method: "POST", body: "x", headers: { "content-type": "text/plain" } })).catch((e) => e);
    expect(notMultipart.code).toBe("INVALID_INPUT");
  });

  it("counts streamed bytes even when Content-Length is absent", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(50_000));
        controller.close();
      },
    });
    const request = new Request("http://localhost/x", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect((await readBodyCapped(request, 100_000).catch((e) => e)).code).toBe("TOO_LARGE");
  });
});

describe("import form fields", () => {
  const upload = (fields: Record<string, string>) => ({ fileName: "f.ofx", bytes: new Uint8Array([1]), fields });

  it("reads the target, decisions, format and CSV profile", () => {
    expect(importInputFromUpload(upload({})).target).toBe("auto");
    expect(importInputFromUpload(upload({ target: JSON.stringify({ accountId: "acc1" }) })).target).toEqual({ accountId: "acc1" });
    expect(importInputFromUpload(upload({ target: JSON.stringify({ newAccount: { name: "Card" } }) })).target).toEqual({ newAccount: { name: "Card" } });
    const input = importInputFromUpload(upload({ decisions: JSON.stringify({ "0:1": "skip", "0:2": "import" }), format: "csv", csvProfile: "{\"name\":\"x\"}" }));
    expect([input.decisions, input.format, input.csvProfile]).toEqual([{ "0:1": "skip", "0:2": "import" }, "csv", { name: "x" }]);
  });

  it("refuses malformed fields", () => {
    expect(() => importInputFromUpload(upload({ target: "{not json" }))).toThrow();
    expect(() => importInputFromUpload(upload({ decisions: JSON.stringify({ "0:1": "maybe" }) }))).toThrow();
    expect(() => importInputFromUpload(upload({ format: "xls" }))).toThrow();
  });
});

describe("import through the UI's lib calls", () => {
  it("previews, commits with a per-row choice, shows the history, re-previews as duplicates, and undoes", async () => {
    const ctx = await newHousehold();
    const bytes = readFixture("ofx/ofxparse__bank_medium.ofx");
    const preview = trimPreview(await previewImport(ctx, { fileName: "bank.ofx", bytes, target: "auto" }));
    expect(preview.format).toBe("ofx");
    expect(preview.counts.new).toBe(3);
    expect(preview.hiddenNewRows).toBe(0);
    const skipped = preview.rows[0]!.rowKey;

    const result = await commitImport(ctx, { fileName: "bank.ofx", bytes, target: "auto", decisions: { [skipped]: "skip" } });
    expect([result.new, result.skipped]).toEqual([2, 1]);
    const [account] = await listAccountsWithBalances(ctx);
    expect(account!.transactionCount).toBe(2);

    const history = await listImports(ctx);
    expect(history.items.map((b) => [b.fileName, b.status, b.countNew])).toEqual([["bank.ofx", "committed", 2]]);

    const again = await previewImport(ctx, { fileName: "bank.ofx", bytes, target: "auto" });
    expect(again.previousBatchIds).toEqual([result.batchId]);
    expect(again.counts.duplicate).toBe(2);

    const undone = await undoImport(ctx, result.batchId);
    expect(undone.removed).toBe(2);
    expect((await listImports(ctx)).items[0]!.status).toBe("undone");
  });

  it("imports a CSV with a mapping built on the mapping screen, and keeps it as a saved profile", async () => {
    const ctx = await newHousehold();
    const other = await newHousehold();
    const bytes = readFixture("csv/reckon__some_other.csv");
    const detection = detectCsvProfile(bytes);
    const found = { skipRows: (detection.headerLine ?? detection.dataStartLine) - 1, hasHeader: detection.headers !== null };
    const mapping = mappingFromProfile(detection.profile as Record<string, unknown>, detection.headers, found);
    // The records the detect route sends: the header row, then data rows (their line numbers only need to follow it).
    const records = [
      ...(detection.headers ? [{ line: detection.headerLine!, cells: detection.headers }] : []),
      ...detection.preview.map((cells, i) => ({ line: detection.dataStartLine + i, cells })),
    ];
    const layout = { encoding: detection.encoding, delimiter: detection.delimiter };
    const live = previewMapping(records, mapping, detection.profile as Record<string, unknown>, layout, 100).rows;
    expect(live.every((row) => row.date !== null && row.amount !== null)).toBe(true);
    const profile = profileFromMapping(detection.profile as Record<string, unknown>, { ...mapping, currency: "USD" }, layout);

    const preview = await previewImport(ctx, { fileName: "some.csv", bytes, format: "csv", csvProfile: profile, target: { newAccount: { name: "Checking" } } });
    expect(preview.counts.total).toBe(detection.preview.length);
    // The live preview reads cells exactly as the parser does ("$.23" is 0.23, "($85.00)" is -85).
    expect(preview.rows.map((r) => r.amount)).toEqual(live.map((r) => normalizeDecimal(r.amount!, "USD")));
    expect(live.find((r) => r.label.startsWith("DEBIT WEBSITE-BALANCE-17DEC09"))!.amount).toBe("0.23");
    const result = await commitImport(ctx, { fileName: "some.csv", bytes, format: "csv", csvProfile: profile, target: { newAccount: { name: "Checking" } } });
    expect(result.new).toBe(preview.counts.total);

    const saved = await saveCsvProfile(ctx, { name: "Some bank", accountId: result.accounts[0]!.accountId, profile });
    expect(saved.profile.currency).toBe("USD");
    expect((await listCsvProfiles(ctx)).map((p) => p.name)).toEqual(["Some bank"]);
    expect(await listCsvProfiles(other)).toEqual([]);
    expect((await saveCsvProfile(ctx, { name: "Broken", profile: { name: "x" } }).catch((e) => e)).code).toBe("INVALID_INPUT");
    expect((await deleteCsvProfile(other, saved.id).catch((e) => e)).code).toBe("NOT_FOUND");
    await deleteCsvProfile(ctx, saved.id);
    expect(await listCsvProfiles(ctx)).toEqual([]);
  });

  it("trims a preview for the browser: every row needing a choice, a sample of plain new rows", () => {
    const row = (i: number, status: "new" | "duplicate" | "possible_duplicate") => ({
      rowKey: `0:${i}`, status, date: "2024-01-01", amount: "-1.00", currency: "EUR", label: "x", isPending: false, accountKey: "a", accountName: "A",
      matchedTransactionId: null, replacesPendingId: null, defaultDecision: status === "duplicate" ? "skip" as const : "import" as const,
    });
    const rows = [...Array.from({ length: 500 }, (_, i) => row(i, "new")), row(500, "possible_duplicate"), row(501, "duplicate")];
    const preview = { fileName: "f", sha256: "", format: "csv" as const, encoding: "utf-8", accounts: [], rows, counts: { total: 502, new: 500, duplicate: 1, possibleDuplicate: 1 }, warnings: [], previousBatchIds: [] };
    const trimmed = trimPreview(preview, { maxNew: 200, maxOther: 5000 });
    expect(trimmed.rows).toHaveLength(202);
    expect(trimmed.hiddenNewRows).toBe(300);
    expect(trimmed.rows.filter((r) => r.status !== "new").map((r) => r.rowKey)).toEqual(["0:500", "0:501"]);
  });
});
