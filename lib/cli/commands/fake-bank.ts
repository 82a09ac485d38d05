import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../types";
import { AppError } from "../../errors";

const PROVIDERS = ["simplefin", "gocardless", "enablebanking"] as const;
type Provider = (typeof PROVIDERS)[number];

interface Running { info: Record<string, string>; lines: string[]; close(): Promise<void> }

/** Starts one local fake aggregator (the same servers the tests use) and says what to connect with. */
async function start(provider: Provider, port: number, seed: number): Promise<Running> {
  if (provider === "simplefin") {
    const fake = await (await import("../../../test/fakes/simplefin")).startSimplefinFake({ port, seed });
    const setupToken = fake.createSetupToken();
    return { info: { baseUrl: fake.baseUrl, setupToken }, lines: [`SimpleFIN fake on ${fake.baseUrl}`, `Setup token (one use): ${setupToken}`], close: fake.close };
  }
  if (provider === "gocardless") {
    const fake = await (await import("../../../test/fakes/gocardless")).startGocardlessFake({ port, seed });
    return {
      info: { baseUrl: fake.baseUrl, secretId: fake.secretId, secretKey: fake.secretKey },
      lines: [`GoCardless fake on ${fake.baseUrl}`, `Secret id:  ${fake.secretId}`, `Secret key: ${fake.secretKey}`, "Banks: country FR, e.g. SANDBOXFINANCE_SFIN0000"],
      close: fake.close,
    };
  }
  const fake = await (await import("../../../test/fakes/enablebanking")).startEnablebankingFake({ port, seed });
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-fake-eb-"));
  const privateKeyPath = path.join(keyDir, "private.pem");
  fs.writeFileSync(privateKeyPath, fake.privateKeyPem, { mode: 0o600 });
  return {
    info: { baseUrl: fake.baseUrl, applicationId: fake.applicationId, privateKeyPath },
    lines: [`Enable Banking fake on ${fake.baseUrl}`, `Application id:   ${fake.applicationId}`, `Private key file: ${privateKeyPath}`, "Banks: country FI, e.g. Mock ASPSP"],
    close: async () => { await fake.close(); fs.rmSync(keyDir, { recursive: true, force: true }); },
  };
}

export const command: Command = {
  name: "fake-bank",
  summary: "Run a local fake aggregator (simplefin, gocardless, enablebanking) for a manual trial.",
  usage: "tirelire fake-bank simplefin|gocardless|enablebanking [--port N] [--seed N] [--json]",
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: "string" }, seed: { type: "string" }, json: { type: "boolean" } } });
    const provider = positionals[0] as Provider | undefined;
    if (!provider || !PROVIDERS.includes(provider)) throw new AppError("INVALID_INPUT", `Choose a provider: ${PROVIDERS.join(", ")}. Usage: ${this.usage}`);
    const port = Number(values.port ?? 0), seed = Number(values.seed ?? 1);
    if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) throw new AppError("INVALID_INPUT", "--port and --seed take whole numbers");
    const running = await start(provider, port, seed);
    io.stdout(values.json ? JSON.stringify(running.info) : [...running.lines, "Press Ctrl+C to stop."].join("\n"));
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await running.close();
    return 0;
  },
};
