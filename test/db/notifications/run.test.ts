import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayIso } from "../../../lib/dates";
import { countUnread, listNotifications, markRead } from "../../../lib/notifications/list";
import { runHouseholdNotifications } from "../../../lib/notifications/run";
import { saveSettingsFromForm, saveSmtpFromForm } from "../../../lib/notifications/settings-form";
import { isValidSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "../../../lib/notifications/webhook";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, seedTransactions } from "../recurrences/seed";

const testDb = useTestDb();
const ctx = { householdId: "hn", userId: "u1", role: "owner" as const };
const mails: { from: string; to: string[]; data: string }[] = [];
const hooks: { body: string; signature: string; timestamp: string }[] = [];
let smtpServer: net.Server;
let hookServer: http.Server;

/** A tiny SMTP server: enough of RFC 5321 for nodemailer to deliver one message per transaction. */
function startSmtp(): Promise<number> {
  smtpServer = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current = { from: "", to: [] as string[], data: "" };
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          mails.push(current);
          current = { from: "", to: [], data: "" };
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250-test\r\n250 8BITMIME\r\n");
        else if (verb === "MAIL") { current.from = line; socket.write("250 ok\r\n"); }
        else if (verb === "RCPT") { current.to.push(line); socket.write("250 ok\r\n"); }
        else if (verb === "DATA") { inData = true; socket.write("354 go on\r\n"); }
        else if (verb === "QUIT") { socket.end("221 bye\r\n"); return; }
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) => smtpServer.listen(0, "127.0.0.1", () => resolve((smtpServer.address() as AddressInfo).port)));
}

function startHooks(): Promise<number> {
  hookServer = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      hooks.push({ body, signature: String(req.headers[SIGNATURE_HEADER]), timestamp: String(req.headers[TIMESTAMP_HEADER]) });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) => hookServer.listen(0, "127.0.0.1", () => resolve((hookServer.address() as AddressInfo).port)));
}

let smtpPort = 0;
let hookPort = 0;
beforeAll(async () => {
  process.env.TIRELIRE_SECRET ??= "test-secret-for-notifications-0123456789";
  smtpPort = await startSmtp();
  hookPort = await startHooks();
});
afterAll(async () => {
  await new Promise((r) => smtpServer.close(r));
  await new Promise((r) => hookServer.close(r));
});

describe("notifications", () => {
  it("alerts once per situation, in app, by email through the household's SMTP server and by signed webhook", async () => {
    const today = todayIso();
    const now = new Date();
    await seedHousehold(testDb.raw, "hn", ["acc"]);
    await testDb.raw.run(`UPDATE "Account" SET "openingBalanceMinor" = 70000 WHERE "id" = 'acc'`);
    await testDb.raw.run(`INSERT INTO "User" ("id", "email", "passwordHash", "createdAt") VALUES ('u1', 'owner@example.test', 'x', ?)`, [now]);
    await testDb.raw.run(`INSERT INTO "Membership" ("id", "userId", "householdId", "role", "createdAt") VALUES ('m1', 'u1', 'hn', 'owner', ?)`, [now]);
    await seedTransactions(testDb.raw, "hn", [{ accountId: "acc", date: addDays(today, -1), amountMinor: -65000n, label: "CB GARAGE" }]);
    await testDb.prisma.bill.create({ data: { householdId: "hn", konnector: "ameli", vendor: "Ameli", identity: "b1", type: "health_costs", amountMinor: 2500n, currency: "EUR", date: addDays(today, -40) } });
    await testDb.prisma.connection.create({ data: { householdId: "hn", provider: "simplefin", name: "My bank", status: "error", secrets: "x", lastError: "HTTP 503" } });

    await saveSmtpFromForm(ctx, { host: "127.0.0.1", port: String(smtpPort), from: "tirelire@example.test", password: "" });
    await saveSettingsFromForm(ctx, {
      "low_balance.inApp": "on", "low_balance.email": "on", "low_balance.webhook": "on", "low_balance.threshold": "100.00",
      "large_transaction.inApp": "on", "large_transaction.email": "on", "large_transaction.threshold": "500",
      "late_reimbursement.inApp": "on", "sync_failed.inApp": "on", "konnector_failed.inApp": "on", "budget_exceeded.inApp": "on",
      webhookUrl: `http://127.0.0.1:${hookPort}/hook`, webhookSecret: "whsec-test",
    });
    await expect(saveSettingsFromForm(ctx, { webhookUrl: "ftp://nope" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(saveSmtpFromForm({ ...ctx, role: "member" }, { host: "x", port: "25", from: "a@b.c" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const first = await runHouseholdNotifications("hn", { today, now });
    expect(first).toMatchObject({ created: 4, emails: 2, webhooks: 1, failures: [] });
    const kinds = (await listNotifications(ctx)).map((n) => n.kind).sort();
    expect(kinds).toEqual(["large_transaction", "late_reimbursement", "low_balance", "sync_failed"]);

    // The same situation again: no new row, nothing sent twice.
    const second = await runHouseholdNotifications("hn", { today, now: new Date(now.getTime() + 60_000) });
    expect(second).toMatchObject({ created: 0, emails: 0, webhooks: 0 });

    expect(mails).toHaveLength(2);
    expect(mails.every((m) => m.to.join() === "RCPT TO:<owner@example.test>")).toBe(true);
    expect(mails.map((m) => /Subject: ([^\r\n]+)/.exec(m.data)?.[1]).sort()).toEqual(["Large transaction on acc", "Low balance on acc"]);

    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(isValidSignature("whsec-test", hook.timestamp, hook.body, hook.signature)).toBe(true);
    expect(isValidSignature("wrong", hook.timestamp, hook.body, hook.signature)).toBe(false);
    expect(JSON.parse(hook.body)).toMatchObject({ kind: "low_balance", householdId: "hn", data: { accountId: "acc", balanceMinor: "5000" } });

    expect(await countUnread(ctx)).toBe(4);
    const [one] = await listNotifications(ctx);
    expect(await markRead(ctx, one!.id)).toBe(1);
    expect(await countUnread(ctx)).toBe(3);
    expect(await markRead({ ...ctx, householdId: "other" })).toBe(0);
    expect(await markRead(ctx)).toBe(3);
    expect(await countUnread(ctx)).toBe(0);
  });
});
