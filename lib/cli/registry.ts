/**
 * Every `tirelire` subcommand, in one explicit map. A new command is one file in commands/ plus one line here.
 * Commands are loaded lazily so `tirelire --help` stays instant.
 */
import type { Command } from "./types";

type Loader = () => Promise<Command>;

export const commands: Record<string, Loader> = {
  migrate: async () => (await import("./commands/migrate")).command,
  user: async () => (await import("./commands/user")).command,
  household: async () => (await import("./commands/household")).command,
  bills: async () => (await import("./commands/bills")).command,
  token: async () => (await import("./commands/token")).command,
  match: async () => (await import("./commands/match")).command,
  parse: async () => (await import("./commands/parse")).command,
  import: async () => (await import("./commands/import")).command,
  "fake-bank": async () => (await import("./commands/fake-bank")).command,
  secrets: async () => (await import("./commands/secrets")).command,
  categorize: async () => (await import("./commands/categorize")).command,
  connect: async () => (await import("./commands/connect")).command,
  connections: async () => (await import("./commands/connections")).command,
  sync: async () => (await import("./commands/sync")).command,
  backup: async () => (await import("./commands/backup")).command,
  restore: async () => (await import("./commands/restore")).command,
  export: async () => (await import("./commands/export")).command,
  "import-export": async () => (await import("./commands/export")).importCommand,
  "import-cozy": async () => (await import("./commands/export")).importCozyCommand,
  demo: async () => (await import("./commands/demo")).command,
};
