/**
 * tirelire categorize --json [--learn] [--household ID]
 * JSON lines in, one JSON line out per input (DESIGN.md). Without --household: shipped knowledge only, an
 * in-memory model, no database. With it: that household's rules and model; with --learn, corrections are
 * saved to its model when the input ends.
 */
import { parseArgs } from "node:util";
import type { CliIo, Command } from "../types";
import { AppError } from "../../errors";
import { createCategorizer, type LearningCategorizer } from "../../categorizer/categorize";
import { formatCategorizeResult, parseCategorizeLine } from "../../categorizer/cli/lines";

const FLUSH_LINES = 512;

async function openCategorizer(householdId: string | undefined): Promise<{ categorizer: LearningCategorizer; save: () => Promise<void> }> {
  if (!householdId) return { categorizer: createCategorizer(), save: async () => undefined };
  const { loadCategorizer } = await import("../../categorizer/store");
  const { householdExists, saveHouseholdModel } = await import("../../categorizer/cli/household");
  if (!(await householdExists(householdId))) throw new AppError("NOT_FOUND", `Household ${householdId} not found`);
  const categorizer = await loadCategorizer(householdId);
  return { categorizer, save: () => saveHouseholdModel(householdId, categorizer.model) };
}

/** Writes in batches, but never holds output while waiting for more input (interactive callers get answers). */
function createWriter(io: CliIo) {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length) io.stdout(pending.join("\n"));
    pending = [];
  };
  return {
    write(line: string) {
      pending.push(line);
      if (pending.length >= FLUSH_LINES) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

export const command: Command = {
  name: "categorize",
  summary: "Categorize JSON lines from stdin ({label, amount, date} → {categoryId, source, confidence}).",
  usage: "tirelire categorize --json [--learn] [--household ID]  < lines.jsonl",
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { json: { type: "boolean" }, learn: { type: "boolean" }, household: { type: "string" } } });
    if (!values.json) throw new AppError("INVALID_INPUT", `categorize speaks JSON lines only: pass --json. Usage: ${this.usage}`);
    const { categorizer, save } = await openCategorizer(values.household);
    const writer = createWriter(io);
    let lineNumber = 0;
    let learned = 0;
    try {
      for await (const text of io.readStdin()) {
        lineNumber++;
        if (!text.trim()) continue;
        const line = parseCategorizeLine(text, lineNumber);
        writer.write(formatCategorizeResult(categorizer.categorize(line.input)));
        if (values.learn && line.categoryId) {
          categorizer.learn(line.input, line.categoryId);
          learned++;
        }
      }
    } finally {
      writer.flush();
    }
    if (values.learn && learned > 0) await save();
    return 0;
  },
};
