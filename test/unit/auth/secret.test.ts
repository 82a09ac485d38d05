import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteDatabaseUrl, ensureAuthSecret } from "../../../scripts/prepare-data.mjs";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("session secret", () => {
  it("is generated once into <dataDir>/auth.secret with mode 0600, then reused", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-secret-"));
    delete process.env.NEXTAUTH_SECRET;
    expect(ensureAuthSecret(dir)).toBe(path.join(dir, "auth.secret"));
    const first = process.env.NEXTAUTH_SECRET;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(path.join(dir, "auth.secret")).mode & 0o777).toBe(0o600);
    delete process.env.NEXTAUTH_SECRET;
    ensureAuthSecret(dir);
    expect(process.env.NEXTAUTH_SECRET).toBe(first);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves a NEXTAUTH_SECRET from the environment alone", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "from-the-operator");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-secret-"));
    expect(ensureAuthSecret(dir)).toBe("env");
    expect(fs.existsSync(path.join(dir, "auth.secret"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("database URL for the standalone server", () => {
  it("makes a relative SQLite path absolute (the server chdirs) and leaves others as they are", () => {
    expect(absoluteDatabaseUrl("file:./data/x.db", "/srv/app")).toBe("file:/srv/app/data/x.db");
    expect(absoluteDatabaseUrl("file:/var/lib/t.db?connection_limit=1", "/srv")).toBe("file:/var/lib/t.db?connection_limit=1");
    expect(absoluteDatabaseUrl("postgresql://u@h:5432/db", "/srv")).toBe("postgresql://u@h:5432/db");
  });
});
