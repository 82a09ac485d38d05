import { describe, expect, it } from "vitest";
import { kindOf, parseUserSettings } from "../../../lib/notifications/kinds";
import { checkWebhookUrl, isValidSignature, signPayload } from "../../../lib/notifications/webhook";

describe("notification settings", () => {
  it("falls back to defaults for missing or unreadable settings", () => {
    const settings = parseUserSettings("{not json");
    expect(kindOf(settings, "low_balance")).toEqual({ inApp: true, email: false, webhook: false, threshold: "100.00", days: undefined });
    expect(kindOf(settings, "late_reimbursement").days).toBe(30);
    const stored = parseUserSettings(JSON.stringify({ kinds: { large_transaction: { inApp: false, email: true, threshold: "250.50" } } }));
    expect(kindOf(stored, "large_transaction")).toMatchObject({ inApp: false, email: true, webhook: false, threshold: "250.50" });
  });
});

describe("webhook signature", () => {
  it("signs timestamp and body with HMAC-SHA256 and rejects any change", () => {
    const signature = signPayload("secret", "1700000000", '{"a":1}');
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isValidSignature("secret", "1700000000", '{"a":1}', signature)).toBe(true);
    expect(isValidSignature("secret", "1700000001", '{"a":1}', signature)).toBe(false);
    expect(isValidSignature("secret", "1700000000", '{"a":2}', signature)).toBe(false);
    expect(() => checkWebhookUrl("javascript:alert(1)")).toThrow(/http or https/);
  });
});
