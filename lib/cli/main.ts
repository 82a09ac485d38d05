import { commands } from "./registry";
import type { CliIo } from "./types";
import { toAppError } from "../errors";
import readline from "node:readline";

export const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readStdin: () => readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

async function help(io: CliIo): Promise<number> {
  const lines = ["Usage: tirelire <command> [options]", "", "Commands:"];
  for (const [name, load] of Object.entries(commands)) {
    const command = await load();
    lines.push(`  ${name.padEnd(12)} ${command.summary}`);
  }
  lines.push("", "Run `tirelire <command> --help` for a command's options.", "Environment: DATABASE_URL, TIRELIRE_DATA_DIR (see README).");
  io.stdout(lines.join("\n"));
  return 0;
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") return help(io);
  const load = commands[name];
  if (!load) {
    io.stderr(`tirelire: unknown command "${name}". Run tirelire --help.`);
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`tirelire ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    const appError = toAppError(error);
    // Operators run the CLI locally: the technical message is more useful to them than the generic one.
    io.stderr(`tirelire ${name}: ${appError.code === "INTERNAL" ? appError.message : appError.userMessage}`);
    return appError.status >= 500 ? 1 : 2;
  } finally {
    await closeConnections();
  }
}

async function closeConnections(): Promise<void> {
  const globals = globalThis as unknown as { tirelirePrisma?: { $disconnect(): Promise<void> }; tirelireRaw?: { close(): Promise<void> } };
  await globals.tirelirePrisma?.$disconnect().catch(() => undefined);
  await globals.tirelireRaw?.close().catch(() => undefined);
  delete globals.tirelirePrisma;
  delete globals.tirelireRaw;
}
