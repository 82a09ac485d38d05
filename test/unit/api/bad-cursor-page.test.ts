import { describe, expect, it } from "vitest";
import { isBadCursorError, orNotFoundOnBadCursor, readCursorOrNotFound } from "../../../lib/http/bad-cursor";
import { parseCursor } from "../../../lib/transactions/keyset";
import { parseExplorerCursor } from "../../../lib/insights/shape/filters";
import { AppError } from "../../../lib/errors";

const digestOf = (error: unknown) => String((error as { digest?: unknown }).digest);

describe("pages answer a bad cursor with their 404", () => {
  it("turns a refused cursor into Next's notFound(), and lets every other error through", async () => {
    const notFound = await orNotFoundOnBadCursor(Promise.resolve().then(() => parseCursor("garbage", "bills"))).catch((e: unknown) => e);
    expect(digestOf(notFound)).toMatch(/404/);
    let thrown: unknown;
    try {
      readCursorOrNotFound(() => parseExplorerCursor("garbage"));
    } catch (error) {
      thrown = error;
    }
    expect(digestOf(thrown)).toMatch(/404/);
    const other = new AppError("INVALID_INPUT", "limit: Too big", { details: { fields: [{ field: "limit", message: "Too big" }] } });
    await expect(orNotFoundOnBadCursor(Promise.reject(other))).rejects.toBe(other);
    expect(isBadCursorError(other)).toBe(false);
    expect(isBadCursorError(new Error("cursor"))).toBe(false);
    expect(await orNotFoundOnBadCursor(Promise.resolve(parseCursor(undefined, "bills")))).toBeNull();
    expect(readCursorOrNotFound(() => parseExplorerCursor("2024-03-01_ck1"))).toEqual({ date: "2024-03-01", id: "ck1" });
  });
});
