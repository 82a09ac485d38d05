/** A CLI subcommand: parses its own options with node:util parseArgs, returns an exit code. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of stdin (for commands that take JSON lines). */
  readStdin: () => AsyncIterable<string>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
