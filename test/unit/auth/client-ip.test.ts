import { describe, expect, it } from "vitest";
import { clientIp } from "../../../lib/auth/options";

describe("clientIp", () => {
  it("ignores forwarding headers unless the operator declared a proxy (a client could forge them)", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "198.51.100.4" }, false)).toBeNull();
  });

  it("behind a declared proxy, takes X-Real-IP, else the entry the proxy appended last", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, true)).toBe("203.0.113.9");
    expect(clientIp({ "x-real-ip": " 198.51.100.4 ", "x-forwarded-for": "6.6.6.6" }, true)).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": "" }, true)).toBeNull();
    expect(clientIp({}, true)).toBeNull();
    expect(clientIp(undefined, true)).toBeNull();
  });
});
