/**
 * The SSRF stance (docs/security.md): provider addresses are the user's configuration, so any http(s) host is
 * allowed (a SimpleFIN Bridge or a test server on the LAN is legitimate), but nothing else: no other schemes,
 * SimpleFIN only over https (plain http on loopback only), and redirects are never followed, so a provider
 * cannot bounce the server to an address the user did not configure.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { createConnection, startAuthorization } from "../../../lib/connections";
import { httpRequest } from "../../../lib/aggregators/api/http";

const testDb = useTestDb();
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? String(error));

let hits: string[] = [];
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/bounce") {
      res.writeHead(302, { location: `${base}/internal-only` });
      return res.end();
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("internal");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("provider addresses", () => {
  it("only http(s) base URLs are accepted, and a refused one stores nothing", async () => {
    const alice = await newHousehold("Alice");
    for (const baseUrl of ["file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://example.invalid/", "javascript:alert(1)", "not a url"]) {
      expect(await code(createConnection(alice, { provider: "gocardless", secrets: { secretId: "a", secretKey: "b" }, settings: { baseUrl } })), baseUrl).toBe("INVALID_INPUT");
    }
    expect(await testDb.prisma.connection.count({ where: { householdId: alice.householdId } })).toBe(0);
  });

  it("a SimpleFIN setup token must name an https claim URL (plain http only on loopback)", async () => {
    const alice = await newHousehold("Alice");
    const token = (url: string) => Buffer.from(url).toString("base64");
    for (const url of ["http://10.0.0.1/claim", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd"]) {
      const created = await createConnection(alice, { provider: "simplefin", secrets: { setupToken: token(url) } });
      expect(await code(startAuthorization(alice, created.id, { redirectUrl: "http://localhost/cb" })), url).toBe("INVALID_INPUT");
    }
  });

  it("redirects from a provider are never followed", async () => {
    hits = [];
    const response = await httpRequest(`${base}/bounce`);
    expect(response.status).toBe(302);
    expect(hits).toEqual(["/bounce"]);
  });
});
