import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/errors";
import { isNdjsonAccepted, ndjsonResponse } from "../../../lib/http/ndjson";

const lines = async (response: Response) => (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

describe("NDJSON answers", () => {
  it("is asked for by the Accept header only, among other types and parameters", () => {
    const accepting = (accept: string | null) => isNdjsonAccepted(new Request("http://x.test/", accept === null ? {} : { headers: { accept } }));
    expect(accepting("application/x-ndjson")).toBe(true);
    expect(accepting("application/json, Application/X-NDJSON;q=0.9")).toBe(true);
    expect(accepting(null)).toBe(false);
    expect(accepting("application/json")).toBe(false);
    expect(accepting("*/*")).toBe(false);
  });

  it("streams progress lines as reported, then one result line (bigint as a decimal string)", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const response = ndjsonResponse<{ done: number }, { total: bigint }>(async (report) => {
      report({ done: 1 });
      await gate;
      report({ done: 2 });
      return { total: 12n };
    }, { status: 201 });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const reader = response.body!.getReader();
    // The first line arrives while the work is still waiting: it is really streamed, not buffered to the end.
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(first)).toEqual({ progress: { done: 1 } });
    release();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest.trimEnd().split("\n").map((line) => JSON.parse(line))).toEqual([{ progress: { done: 2 } }, { result: { total: "12" } }]);
  });

  it("ends with one error line in the JSON answers' shape, translated, with the status it would have had", async () => {
    const response = ndjsonResponse(async (report) => {
      report({ step: 1 });
      throw new AppError("INVALID_INPUT", "The file is empty", { details: { line: 7 } });
    }, { status: 201, locale: "fr" });
    const [progress, last, ...more] = await lines(response);
    expect(progress).toEqual({ progress: { step: 1 } });
    expect(last).toMatchObject({ error: { code: "INVALID_INPUT", line: 7, status: 400 } });
    expect((last as { error: { message: string } }).error.message).not.toBe("");
    expect(more).toEqual([]);
  });

  it("keeps working when the client goes away (a commit is not cut halfway)", async () => {
    let isFinished = false;
    const response = ndjsonResponse(async (report) => {
      report(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      report(2);
      isFinished = true;
      return "done";
    });
    await response.body!.cancel();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(isFinished).toBe(true);
  });
});
