import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { countSealedValues, installNewKeyFile, rotateSecrets } from "../../../lib/crypto/rotate";
import { currentKey, decryptSecret, encryptSecret, encryptWith, previousKeys, sealedKeyId } from "../../../lib/crypto/secrets";

const testDb = useTestDb();

describe("secret key rotation", () => {
  beforeAll(() => {
    process.env.TIRELIRE_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-keys-"));
    delete process.env.TIRELIRE_SECRET;
  });

  it("re-seals every stored secret with the new key, and they still decrypt to the same values", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Keys" } });
    const oldKeyId = currentKey().id;
    for (const token of ["alpha", "beta"]) {
      await testDb.prisma.connection.create({ data: { householdId: household.id, provider: "simplefin", name: token, secrets: encryptSecret({ accessUrl: `https://${token}:pw@bridge.example/simplefin` }) } });
    }
    const { previousKeyFile } = installNewKeyFile();
    expect(fs.existsSync(previousKeyFile)).toBe(true);
    expect(currentKey().id).not.toBe(oldKeyId);
    expect(await rotateSecrets()).toBe(2);
    const rows = await testDb.prisma.connection.findMany({ orderBy: { name: "asc" } });
    expect(rows.map((r) => sealedKeyId(r.secrets))).toEqual([currentKey().id, currentKey().id]);
    expect(rows.map((r) => decryptSecret<{ accessUrl: string }>(r.secrets).accessUrl)).toEqual(["https://alpha:pw@bridge.example/simplefin", "https://beta:pw@bridge.example/simplefin"]);
    expect(rows.some((r) => r.secrets.includes("alpha"))).toBe(false);
    expect(await rotateSecrets()).toBe(0);
    expect((await countSealedValues())[0]?.byKeyId).toEqual({ [currentKey().id]: 2 });
  });

  it("also re-seals the SMTP password and webhook secret kept in notification settings", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Mail" } });
    const user = await testDb.prisma.user.create({ data: { email: "owner@mail.example", passwordHash: "x" } });
    const oldKey = previousKeys()[0]!;
    const settings = { smtp: { host: "127.0.0.1", passwordSealed: encryptWith(oldKey, "smtp-pass") }, webhook: { url: "https://hooks.example/x", secretSealed: encryptWith(oldKey, "hook-secret") } };
    await testDb.prisma.notificationSetting.create({ data: { userId: user.id, householdId: household.id, settings: JSON.stringify(settings) } });
    expect(await rotateSecrets()).toBe(2);
    const stored = JSON.parse((await testDb.prisma.notificationSetting.findFirstOrThrow({ where: { userId: user.id } })).settings) as typeof settings;
    expect(sealedKeyId(stored.smtp.passwordSealed)).toBe(currentKey().id);
    expect(decryptSecret(stored.smtp.passwordSealed)).toBe("smtp-pass");
    expect(decryptSecret(stored.webhook.secretSealed)).toBe("hook-secret");
    expect(stored.webhook.url).toBe("https://hooks.example/x");
  });

  it("refuses a second new key while the previous one is still in place", () => {
    expect(() => installNewKeyFile()).toThrow(/finish the previous rotation/);
  });

  it("changes nothing when one stored value cannot be decrypted", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Broken" } });
    const oldKey = previousKeys()[0]!;
    await testDb.prisma.connection.create({ data: { householdId: household.id, provider: "simplefin", name: "old-key", secrets: encryptWith(oldKey, { accessUrl: "https://x:y@z.example" }) } });
    await testDb.prisma.connection.create({ data: { householdId: household.id, provider: "simplefin", name: "unknown-key", secrets: "v1:deadbeef:AAAA" } });
    const before = await testDb.prisma.connection.findMany({ orderBy: { id: "asc" }, select: { secrets: true } });
    await expect(rotateSecrets()).rejects.toThrow(/No key deadbeef/);
    expect((await countSealedValues())[0]?.byKeyId[oldKey.id]).toBe(1);
    expect(await testDb.prisma.connection.findMany({ orderBy: { id: "asc" }, select: { secrets: true } })).toEqual(before);
  });
});
