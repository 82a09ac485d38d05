import { describe, expect, it } from "vitest";
import { clientIp } from "../../../lib/auth/options";

describe("clientIp", () => {
  it("takes the first X-Forwarded-For hop, then X-Real-IP, else nothing", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" })).toBe("203.0.113.9");
    expect(clientIp({ "x-real-ip": " 198.51.100.4 " })).toBe("198.51.100.4");
    expect(clientIp({ "x-forwarded-for": "" , "x-real-ip": "::1" })).toBe("::1");
    expect(clientIp({})).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
