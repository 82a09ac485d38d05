#!/usr/bin/env node
// Two real app instances on one PostgreSQL (issue 8): `node scripts/two-instances.mjs [--report FILE] [--keep]`.
// Starts a throw-away PostgreSQL (scripts/pg-cluster.sh, free port), seeds due work of every scheduled kind
// (a bank connection never synced, an e-invoice waiting in the inbox, imported transactions to match, pair and
// watch), then starts the production build twice through scripts/entrypoint.mjs on two ports with one DATABASE_URL
// and one shared data directory, the scheduler ticking every 250 ms on both. It checks that every periodic job ran
// exactly once across the two (their run logs, the Job rows and the side effects: one konnector run, one sync run,
// no duplicated transaction, bill, link, transfer or notification), that a session cookie signed in on instance 1
// is accepted by instance 2 (and refused there once the password changed), and that a bill uploaded through one is
// served byte for byte by the other.
// Prints one line per check and "two-instances: N passed, N failed"; --report writes {numPassedTests, numFailedTests}.
// Needs `npm run build` first and Debian's postgresql.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { URLSearchParams, fileURLToPath, pathToFileURL } from "node:url";
import bcrypt from "bcryptjs";
import pg from "pg";
import { serverFile } from "./entrypoint.mjs";
import { checkingOfx, daysAgo, invoiceXml, savingsOfx } from "./two-instances-data.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const reportFile = args.includes("--report") ? args[args.indexOf("--report") + 1] : null;
const TICK_MS = 250;
/** How long both schedulers tick together: far longer than a tick, far shorter than the shortest period (1 min). */
const WATCH_MS = 20_000;
/** The periodic task ids, read from lib/jobs/tasks.ts so a task added there is raced and counted too. */
const PERIODIC_TASKS = [...fs.readFileSync(path.join(root, "lib/jobs/tasks.ts"), "utf8").matchAll(/\bid: "([\w-]+:[\w-]+)"/g)].map((m) => m[1]);

const results = [];
function check(name, isOk, detail = "") {
  results.push({ name, isOk: !!isOk });
  console.log(`${isOk ? "✔" : "✘"} ${name}${!isOk && detail ? ` — ${detail}` : ""}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const children = [];

/** A child in its own process group, so stopping it also stops what it spawned (the entrypoint's server). */
function startChild(name, command, argv, env, logFile) {
  const out = fs.openSync(logFile, "a");
  const child = spawn(command, argv, { cwd: root, env, detached: true, stdio: ["ignore", out, out] });
  children.push({ name, child });
  return child;
}

function stopChildren() {
  for (const { child } of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

function cli(env, ...argv) {
  return execFileSync(process.execPath, [path.join(root, "bin/tirelire.mjs"), ...argv], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function waitFor(what, probe, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(300);
  }
}

/** The cookies a response sets, as one Cookie header value merged over `jar`. */
function mergeCookies(jar, response) {
  const cookies = new Map(jar ? jar.split("; ").map((c) => [c.slice(0, c.indexOf("=")), c]) : []);
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0];
    cookies.set(pair.slice(0, pair.indexOf("=")), pair);
  }
  return [...cookies.values()].join("; ");
}

/** Signs in through next-auth's credentials flow on one instance; returns the cookie jar (session token included). */
async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  let jar = mergeCookies("", csrf);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" }),
  });
  jar = mergeCookies(jar, response);
  return jar;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tirelire-two-"));
  const dataDir = path.join(work, "data");
  fs.mkdirSync(dataDir);
  const pgPort = await freePort();
  let pgStarted = false;
  const db = { client: null };
  try {
    if (!fs.existsSync(serverFile)) throw new Error("no production build: run `npm run build` first");
    const clusterUrl = execFileSync("sh", [path.join(root, "scripts/pg-cluster.sh"), "start", String(pgPort)], { encoding: "utf8" }).trim().split("\n").at(-1);
    pgStarted = true;
    // A database of our own, so a cluster reused from an earlier run cannot leak rows into this one.
    const name = `two_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: clusterUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const databaseUrl = Object.assign(new URL(clusterUrl), { pathname: `/${name}` }).toString();
    const env = {
      ...process.env, DATABASE_URL: databaseUrl, TIRELIRE_DATA_DIR: dataDir, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      TIRELIRE_SECRET: crypto.randomBytes(32).toString("hex"), TIRELIRE_BCRYPT_COST: "4", NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1",
    };
    console.log(`PostgreSQL ${databaseUrl}; shared data directory ${dataDir}`);
    // Every process started from here on records its outbound connections (scripts/two-instances-egress.mjs).
    const guard = `--import=${pathToFileURL(path.join(root, "scripts/two-instances-egress.mjs")).href}`;
    const egressLog = path.join(work, "egress.log");
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} ${guard}`.trim();
    const controlLog = path.join(work, "egress-control.log");
    execFileSync(process.execPath, ["-e", "require('node:net').connect(9, '192.0.2.1').on('error', () => {}).setTimeout(50, function () { this.destroy(); })"], { env: { ...env, TIRELIRE_EGRESS_LOG: controlLog } });
    check("the egress recorder catches a connection leaving the machine (control)", fs.readFileSync(controlLog, "utf8").includes("egress 192.0.2.1:9"));
    env.TIRELIRE_EGRESS_LOG = egressLog;

    // Seed: a household, a bank connection due for its first sync, transactions to match, pair and watch, and an
    // e-invoice in the inbox that the konnector job must pick up. Nothing here runs a periodic job.
    cli(env, "migrate");
    const email = "two@example.com", password = "two-instances-password";
    const user = JSON.parse(cli(env, "user", "create", "--email", email, "--password", password, "--household", "Two", "--json"));
    const householdId = user.household.id;
    const bankPort = await freePort();
    startChild("fake bank", process.execPath, [path.join(root, "bin/tirelire.mjs"), "fake-bank", "simplefin", "--port", String(bankPort), "--json"], env, path.join(work, "bank.log"));
    const bankInfo = await waitFor("the fake bank", async () => {
      const line = fs.readFileSync(path.join(work, "bank.log"), "utf8").split("\n").find((l) => l.startsWith("{"));
      return line ? JSON.parse(line) : null;
    }, 60_000);
    cli(env, "connect", "simplefin", "--setup-token", bankInfo.setupToken, "--base-url", bankInfo.baseUrl, "--household", householdId, "--json");
    for (const [file, text] of [["checking.ofx", checkingOfx()], ["savings.ofx", savingsOfx()]]) {
      fs.writeFileSync(path.join(work, file), text);
      cli(env, "import", path.join(work, file), "--new-account", "--household", householdId, "--json");
    }
    const inbox = path.join(dataDir, "inbox", householdId);
    fs.mkdirSync(inbox, { recursive: true });
    fs.writeFileSync(path.join(inbox, "edf-2024-01.xml"), invoiceXml("EDF-2024-01", "76.20", daysAgo(18)));

    db.client = new pg.Client({ connectionString: databaseUrl });
    await db.client.connect();
    const count = async (sql, params = []) => Number((await db.client.query(sql, params)).rows[0].n);
    const transactionsBefore = await count(`SELECT COUNT(*) AS n FROM "Transaction"`);
    check(`the periodic tasks are known (${PERIODIC_TASKS.join(", ")})`, ["konnectors:due", "sync:due", "match:all", "transfers:all", "recurrences:all", "notifications:all"].every((id) => PERIODIC_TASKS.includes(id)));
    check("seed: no periodic job has run yet", (await count(`SELECT COUNT(*) AS n FROM "Job"`)) === 0);
    // The periodic jobs exist but are not due yet: they become due together once both instances are up, so both
    // schedulers race for every one of them.
    const farFuture = new Date(Date.now() + 86_400_000).toISOString();
    for (const task of PERIODIC_TASKS) {
      await db.client.query(`INSERT INTO "Job" ("id", "kind", "payload", "status", "runAt", "attempts", "updatedAt") VALUES ($1, $2, '{}', 'idle', $3, 0, $3)`, [task, task.split(":")[0], farFuture]);
    }

    // Two instances of the production build, same database, same data directory, fast schedulers.
    const ports = [await freePort(), await freePort()];
    const logs = ports.map((_, i) => path.join(work, `instance-${i + 1}.log`));
    ports.forEach((port, i) => startChild(`instance ${i + 1}`, process.execPath, [path.join(root, "scripts/entrypoint.mjs")], {
      ...env, PORT: String(port), HOSTNAME: "127.0.0.1", TIRELIRE_SCHEDULER_TICK_MS: String(TICK_MS), TIRELIRE_SCHEDULER_LOG: "1",
    }, logs[i]));
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    for (const base of bases) await waitFor(`${base}/api/health`, async () => (await fetch(`${base}/api/health`)).ok);
    check("both instances answer /api/health on one PostgreSQL", true);
    await sleep(2 * TICK_MS);
    const ranEarly = logs.map((file) => fs.readFileSync(file, "utf8")).join("").includes("scheduler: ran ");
    check("no job ran before it was due", !ranEarly);
    await db.client.query(`UPDATE "Job" SET "runAt" = $1`, [new Date(Date.now() + 1_000).toISOString()]);
    await sleep(WATCH_MS);

    // Every periodic job ran exactly once across both instances.
    const logText = logs.map((file) => fs.readFileSync(file, "utf8"));
    const runsOf = (text, task) => text.split("\n").filter((line) => line.includes(`scheduler: ran ${task} on `)).length;
    check("both schedulers were ticking", logText.every((text) => text.includes(`ticking every ${TICK_MS} ms`)), logText.map((t) => t.slice(-400)).join("\n---\n"));
    for (const task of PERIODIC_TASKS) {
      const perInstance = logText.map((text) => runsOf(text, task));
      check(`${task} ran exactly once across both instances (${perInstance.join(" + ")})`, perInstance[0] + perInstance[1] === 1);
    }
    const jobs = (await db.client.query(`SELECT "id", "status", "lockedBy", "lastRunAt", "lastError", "runAt" FROM "Job" ORDER BY "id"`)).rows;
    const periodic = jobs.filter((j) => PERIODIC_TASKS.includes(j.id));
    check("each periodic Job row finished its run and is scheduled a period later", periodic.length === PERIODIC_TASKS.length
      && periodic.every((j) => j.status === "idle" && j.lockedBy === null && j.lastRunAt && !j.lastError && new Date(j.runAt) > new Date(j.lastRunAt)), JSON.stringify(periodic));
    check("no job left locked (the per-connection sync lock included)", jobs.every((j) => j.lockedBy === null && j.status !== "running"), JSON.stringify(jobs));
    const runningInstances = logText.filter((text) => /scheduler: ran /.test(text)).length;
    console.log(`  (jobs run by instance 1: ${logText[0].split("scheduler: ran ").length - 1}, instance 2: ${logText[1].split("scheduler: ran ").length - 1}; ${runningInstances} instance(s) ran jobs)`);

    // Side effects: each exactly once.
    const waiting = fs.readdirSync(inbox, { withFileTypes: true }).filter((f) => f.isFile());
    check("konnector job: one konnector run, one bill from the inbox, the inbox emptied", (await count(`SELECT COUNT(*) AS n FROM "KonnectorRun"`)) === 1
      && (await count(`SELECT COUNT(*) AS n FROM "Bill" WHERE "vendorRef" = 'EDF-2024-01'`)) === 1 && waiting.length === 0, `waiting: ${waiting.map((f) => f.name)}`);
    const syncRuns = (await db.client.query(`SELECT "status", "countNew" FROM "SyncRun"`)).rows;
    const synced = await count(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "syncRunId" IS NOT NULL`);
    check(`sync job: one sync run for the due connection, its ${synced} transactions written once`, syncRuns.length === 1 && syncRuns[0].status === "succeeded"
      && Number(syncRuns[0].countNew) === synced && synced > 0 && (await count(`SELECT COUNT(*) AS n FROM "Transaction"`)) === transactionsBefore + synced, JSON.stringify(syncRuns));
    check("no transaction written twice (bank ids unique per account)", (await count(`SELECT COUNT(*) AS n FROM (SELECT "accountId", "externalId" FROM "Transaction" WHERE "externalId" IS NOT NULL GROUP BY 1, 2 HAVING COUNT(*) > 1) d`)) === 0);
    const seeded = Object.fromEntries((await db.client.query(`SELECT "externalId", "id", "transferId", "recurrenceId" FROM "Transaction" WHERE "externalId" LIKE 'TWO-%'`)).rows.map((r) => [r.externalId, r]));
    const links = (await db.client.query(`SELECT l."transactionId" FROM "BillLink" l JOIN "Bill" b ON b."id" = l."billId" WHERE b."vendorRef" = 'EDF-2024-01'`)).rows;
    check("matching: the invoice is linked to its payment, once", links.length === 1 && links[0].transactionId === seeded["TWO-EDF"]?.id, JSON.stringify(links));
    const transferId = seeded["TWO-TR-OUT"]?.transferId;
    check("transfers: the internal transfer is paired, once", !!transferId && seeded["TWO-TR-IN"]?.transferId === transferId
      && (await count(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "transferId" = $1`, [transferId])) === 2, JSON.stringify([seeded["TWO-TR-OUT"], seeded["TWO-TR-IN"]]));
    const series = new Set([0, 1, 2, 3, 4, 5].map((i) => seeded[`TWO-NF-${i}`]?.recurrenceId ?? null));
    check("recurrences: the monthly payment is one recurrence", series.size === 1 && ![...series][0] === false, JSON.stringify([...series]));
    check("notifications: no alert recorded twice", (await count(`SELECT COUNT(*) AS n FROM (SELECT "householdId", "dedupKey" FROM "Notification" GROUP BY 1, 2 HAVING COUNT(*) > 1) d`)) === 0);

    const signinPage = await fetch(`${bases[1]}/signin`);
    check("pages carry the security headers (CSP, frame, nosniff)", /frame-ancestors 'none'/.test(signinPage.headers.get("content-security-policy") ?? "")
      && signinPage.headers.get("x-frame-options") === "DENY" && signinPage.headers.get("x-content-type-options") === "nosniff");

    // Stateless sessions: signed in on instance 1, accepted by instance 2.
    const jar = await signIn(bases[0], email, password);
    check("sign-in on instance 1 sets a session cookie", /next-auth\.session-token=/.test(jar), jar);
    const session = await (await fetch(`${bases[1]}/api/auth/session`, { headers: { cookie: jar } })).json();
    check("instance 2 accepts instance 1's session", typeof session?.userId === "string" && session.userId === user.user?.id, JSON.stringify(session));
    const imports = await fetch(`${bases[1]}/api/v1/imports`, { headers: { cookie: jar } });
    check("instance 2 serves the household's data to that session", imports.status === 200 && (await imports.json()).data?.length === 2);
    check("without the cookie instance 2 answers 401", (await fetch(`${bases[1]}/api/v1/imports`)).status === 401);

    // Bill files live in the shared data directory: uploaded through one instance, served by the other.
    const upload = new FormData();
    const invoice = invoiceXml("WATER-2024-02", "31.45", daysAgo(3));
    upload.append("files", new Blob([invoice], { type: "application/xml" }), "water.xml");
    const uploaded = await fetch(`${bases[0]}/api/bills/upload`, { method: "POST", body: upload, headers: { cookie: jar, origin: bases[0] } });
    const uploadBody = await uploaded.json();
    const billId = uploadBody.files?.[0]?.bills?.[0]?.id;
    check("a bill uploaded through instance 1 is stored", uploaded.status === 201 && typeof billId === "string", JSON.stringify(uploadBody));
    const served = await fetch(`${bases[1]}/api/bills/${billId}/file`, { headers: { cookie: jar } });
    const servedBytes = Buffer.from(await served.arrayBuffer());
    check("instance 2 serves that bill's file byte for byte", served.status === 200 && servedBytes.equals(Buffer.from(invoice)), `status ${served.status}`);
    check("the bill file is one file in the shared data directory", fs.existsSync(path.join(dataDir, "bills", crypto.createHash("sha256").update(invoice).digest("hex").slice(0, 2))));

    // A full import from a script: a read-write token, a bank file posted to instance 2, seen through instance 1.
    const { token } = JSON.parse(cli(env, "token", "create", "--scope", "read-write", "--household", householdId, "--json"));
    const form = new FormData();
    form.append("file", new Blob([checkingOfx("TWO-CARD")]), "card.ofx");
    form.append("target", JSON.stringify({ newAccount: { name: "Card", currency: "EUR" } }));
    // The CLI took seconds: the pooled connection may have idled out, and fetch never retries a POST on it.
    await fetch(`${bases[1]}/api/health`);
    const posted = await fetch(`${bases[1]}/api/v1/imports`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
    const listed = await (await fetch(`${bases[0]}/api/v1/imports?limit=10`, { headers: { authorization: `Bearer ${token}` } })).json();
    check("a token import through instance 2 commits once and is listed by instance 1", posted.status === 201 && listed.data?.length === 3 && listed.data[0].fileName === "card.ofx" && listed.data[0].countNew === 9, JSON.stringify(listed).slice(0, 500));

    // A password change (here written straight to the database, as any instance would) ends every older session on
    // every instance at its next request; the new password signs in anywhere.
    await db.client.query(`UPDATE "User" SET "passwordHash" = $1 WHERE "email" = $2`, [bcrypt.hashSync("a-brand-new-password", 4), email]);
    const stale = await fetch(`${bases[1]}/api/v1/imports`, { headers: { cookie: jar } });
    check("after a password change, instance 2 refuses the older session (401)", stale.status === 401, `status ${stale.status}`);
    const renewed = await signIn(bases[1], email, "a-brand-new-password");
    check("the new password's session (from instance 2) works on instance 1", (await fetch(`${bases[0]}/api/v1/imports`, { headers: { cookie: renewed } })).status === 200);

    const egress = fs.readFileSync(egressLog, "utf8").split("\n");
    check("the recorder was loaded in both servers", egress.filter((line) => line.includes(" guard ") && line.endsWith("server.js")).length >= 2, egress.filter((l) => l.includes(" guard ")).join("\n"));
    const outbound = egress.filter((line) => line.includes(" egress "));
    check("no outbound connection during start-up, syncs, imports, sign-in and uploads (only loopback)", outbound.length === 0, outbound.join("\n"));
  } catch (error) {
    check("run", false, error instanceof Error ? `${error.stack ?? error.message}${error.cause ? `\ncause: ${String(error.cause)}` : ""}` : String(error));
    for (const file of fs.readdirSync(work).filter((f) => f.endsWith(".log"))) console.log(`--- ${file}\n${fs.readFileSync(path.join(work, file), "utf8").slice(-3000)}`);
  } finally {
    stopChildren();
    await db.client?.end().catch(() => undefined);
    await sleep(500);
    if (!args.includes("--keep")) {
      if (pgStarted) execFileSync("sh", [path.join(root, "scripts/pg-cluster.sh"), "stop", String(pgPort)], { stdio: "ignore" });
      fs.rmSync(work, { recursive: true, force: true });
    } else console.log(`kept ${work} and the PostgreSQL cluster (sh scripts/pg-cluster.sh stop ${pgPort})`);
  }
  const passed = results.filter((r) => r.isOk).length, failed = results.length - passed;
  if (reportFile) {
    fs.mkdirSync(path.dirname(path.resolve(reportFile)), { recursive: true });
    fs.writeFileSync(reportFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, checks: results }, null, 2));
  }
  console.log(`two-instances: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

await main();
