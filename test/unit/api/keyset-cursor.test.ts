import { describe, expect, it } from "vitest";
import { encodeCursor, parseCursor } from "../../../lib/transactions/keyset";
import { toAppError } from "../../../lib/errors";
import { encodeCursor as encodeExplorerCursor, parseExplorerCursor } from "../../../lib/insights/shape/filters";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

function refusal(text: string, list: "transactions" | "bills" = "transactions", parameter?: string) {
  try {
    parseCursor(text, list, parameter);
  } catch (error) {
    const e = toAppError(error);
    return { code: e.code, status: e.status, userMessage: e.userMessage, fields: (e.details as { fields: { field: string }[] }).fields.map((f) => f.field) };
  }
  return null;
}

describe("keyset cursors", () => {
  it("round-trips the position of the list that issued it", () => {
    const position = { date: "2026-01-31", id: "cmh2x0abc_DEF-123" };
    expect(parseCursor(encodeCursor(position, "transactions"), "transactions")).toEqual(position);
    expect(parseCursor(encodeCursor(position, "bills"), "bills")).toEqual(position);
  });

  it("reads an absent or empty cursor as the first page", () => {
    expect(parseCursor(undefined, "bills")).toBeNull();
    expect(parseCursor(null, "bills")).toBeNull();
    expect(parseCursor("", "transactions")).toBeNull();
  });

  it("refuses malformed cursors with a 400 naming the parameter", () => {
    const valid = encodeCursor({ date: "2026-01-31", id: "abc" }, "transactions");
    for (const text of [
      "garbage", "!!!", "x".repeat(201), `${valid}=`, `${valid} `, "%7B%7D",
      b64("2026-01-31|abc"), // an untagged (older) cursor
      b64("t|2026-13-45|abc"), b64("t|2026-02-30|abc"), b64("t|2026-01-31|"), b64("t|2026-01-31|a b"), b64(`t|2026-01-31|${"a".repeat(65)}`),
      b64("t|2026-01-31|abc|extra"), b64("t|2026-01-31T00:00:00Z|abc"),
      // An import-history cursor (createdAt|id) is not a transactions cursor.
      b64("2026-01-31T10:00:00.000Z|abc"),
    ]) {
      expect({ text, refusal: refusal(text) }).toEqual({ text, refusal: { code: "INVALID_INPUT", status: 400, userMessage: expect.stringContaining("cursor parameter"), fields: ["cursor"] } });
    }
  });

  it("refuses a cursor from another list (a bills cursor on transactions and back)", () => {
    const position = { date: "2026-01-31", id: "abc" };
    expect(refusal(encodeCursor(position, "bills"), "transactions")).toMatchObject({ code: "INVALID_INPUT", fields: ["cursor"] });
    expect(refusal(encodeCursor(position, "transactions"), "bills")).toMatchObject({ code: "INVALID_INPUT", fields: ["cursor"] });
  });

  it("names the parameter it was given", () => {
    expect(refusal("garbage", "bills", "after")).toMatchObject({ fields: ["after"], userMessage: expect.stringContaining("The after parameter") });
  });
});

describe("the transactions explorer's cursor", () => {
  it("reads its own cursors, treats absent or empty as the first page, and refuses the rest naming cursor", () => {
    expect(parseExplorerCursor(encodeExplorerCursor("2024-03-01", "ck1"))).toEqual({ date: "2024-03-01", id: "ck1" });
    expect(parseExplorerCursor(undefined)).toBeNull();
    expect(parseExplorerCursor("")).toBeNull();
    for (const text of ["garbage", "2024-03-01_x' OR 1=1", "2024-02-30_ck1", "2024-03-01_", encodeCursor({ date: "2024-03-01", id: "ck1" }, "transactions")]) {
      expect(() => parseExplorerCursor(text)).toThrow(expect.objectContaining({ code: "INVALID_INPUT", details: { fields: [{ field: "cursor", message: "Invalid cursor." }] } }));
    }
  });
});
