/**
 * The commit route's streamed answer (Accept: application/x-ndjson): progress lines while a large file is written,
 * then its result; without the header the JSON answer is unchanged.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { createApiToken } from "../../../lib/auth/api-tokens";
import * as imports from "../../../app/api/v1/imports/route";
import * as openapi from "../../../app/api/v1/openapi.json/route";

const request = vi.hoisted(() => ({ userId: null as string | null, headers: new Headers() }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (request.userId ? { userId: request.userId } : null),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => request.headers }));

const testDb = useTestDb();

beforeEach(() => {
  request.userId = null;
  request.headers = new Headers({ host: "tirelire.test" });
});

/** ~1.6 MB: over the 1 MB above which a CSV is committed slice by slice. */
function largeCsv(rows: number): string {
  const lines = ["Date,Description,Amount"];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
    lines.push(`2024-${month}-${day},CARD PAYMENT SHOP NUMBER ${i},-${(i % 900) + 1}.${String(i % 100).padStart(2, "0")}`);
  }
  return `${lines.join("\n")}\n`;
}

function commitRequest(token: string | null, text: string, accept?: string): Request {
  const form = new FormData();
  form.set("file", new File([text], "large.csv"));
  form.set("target", JSON.stringify({ newAccount: { name: "Large", currency: "EUR" } }));
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (accept) headers.accept = accept;
  return new Request("http://tirelire.test/api/v1/imports", { method: "POST", headers, body: form });
}

type Line = { progress?: { bytesDone: number; bytesTotal: number; rowsDone: number }; result?: Record<string, unknown>; error?: Record<string, unknown> };
const ndjsonLines = async (response: Response): Promise<Line[]> => (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as Line);

describe("POST /api/v1/imports streamed as NDJSON", () => {
  it("streams growing progress while a >1 MB CSV is written, then one result line with the counts", async () => {
    const household = await newHousehold("A");
    const { token } = await createApiToken(household, { scope: "read-write" });
    const rowCount = 30_000;
    const text = largeCsv(rowCount);
    const byteCount = new TextEncoder().encode(text).length;
    expect(byteCount).toBeGreaterThan(1024 * 1024);

    const response = await imports.POST(commitRequest(token, text, "application/x-ndjson"));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = await ndjsonLines(response);
    const progress = lines.slice(0, -1).map((line) => line.progress!);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(lines.slice(0, -1).every((line) => Object.keys(line).join() === "progress")).toBe(true);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.bytesDone).toBeGreaterThan(progress[i - 1]!.bytesDone);
      expect(progress[i]!.rowsDone).toBeGreaterThan(progress[i - 1]!.rowsDone);
    }
    expect(progress.every((p) => p.bytesTotal === byteCount)).toBe(true);
    expect(progress.at(-1)).toEqual({ bytesDone: byteCount, bytesTotal: byteCount, rowsDone: rowCount });

    const last = lines.at(-1)!;
    expect(Object.keys(last)).toEqual(["result"]);
    expect(last.result).toMatchObject({ new: rowCount, duplicates: 0, skipped: 0 });
    expect(await testDb.prisma.transaction.count({ where: { householdId: household.householdId, deletedAt: null } })).toBe(rowCount);

  });

  it("ends the stream with an error line (shape and status of the JSON error) when the file cannot be read; nothing is written", async () => {
    const household = await newHousehold("B");
    const { token } = await createApiToken(household, { scope: "read-write" });
    const response = await imports.POST(commitRequest(token, "Date,Description,Amount\nnot a date,x,not an amount\n", "application/x-ndjson"));
    expect(response.status).toBe(201);
    const lines = await ndjsonLines(response);
    const last = lines.at(-1)!;
    expect(Object.keys(last)).toEqual(["error"]);
    expect(last.error).toMatchObject({ code: expect.any(String), message: expect.any(String), status: expect.any(Number) });
    expect(last.error!.status as number).toBeGreaterThanOrEqual(400);
    expect(await testDb.prisma.importBatch.count({ where: { householdId: household.householdId } })).toBe(0);
  });

  it("keeps the plain JSON answer without the header, and refuses a read token before any stream", async () => {
    const household = await newHousehold("C");
    const write = (await createApiToken(household, { scope: "read-write" })).token;
    const read = (await createApiToken(household, { scope: "read" })).token;
    const refused = await imports.POST(commitRequest(read, largeCsv(10), "application/x-ndjson"));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await refused.json()).error.code).toBe("FORBIDDEN");

    const response = await imports.POST(commitRequest(write, largeCsv(40)));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const result = await response.json();
    expect(result).toMatchObject({ batchId: expect.any(String), new: 40, duplicates: 0, skipped: 0, warnings: [] });
    expect(result).not.toHaveProperty("result");
  });

  it("is described in the OpenAPI document next to the JSON answer", async () => {
    const content = (await openapi.GET().json()).paths["/imports"].post.responses["201"].content;
    expect(Object.keys(content).sort()).toEqual(["application/json", "application/x-ndjson"]);
    expect(Object.keys(content["application/x-ndjson"].schema.properties).sort()).toEqual(["error", "progress", "result"]);
  });
});
