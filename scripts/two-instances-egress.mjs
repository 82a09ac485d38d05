// Egress recorder for scripts/two-instances.mjs, preloaded into every process it starts (NODE_OPTIONS=--import):
// each TCP/TLS connection (fetch, http, pg, SMTP: all go through net.Socket#connect) to anything but this machine's
// loopback is appended to $TIRELIRE_EGRESS_LOG, so the run fails on an outbound connection nobody configured
// (telemetry, font or update checks, a stray CDN) during start-up, syncs, imports, sign-in and uploads.
import fs from "node:fs";
import net from "node:net";

const logFile = process.env.TIRELIRE_EGRESS_LOG;

function isLoopback(host) {
  return host === undefined || host === null || host === "" || host === "localhost" || host === "::1" || /^127\./.test(host) || /^::ffff:127\./.test(host);
}

/** The host a Socket#connect call targets: (options), (port, host), or a path (Unix socket: local). */
function targetOf(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args; // Node passes [options, cb] as one array internally
  if (typeof first === "object" && first !== null) return first.path ? null : { host: first.host ?? "localhost", port: first.port };
  if (typeof first === "string" && !/^\d+$/.test(first)) return null;
  return { host: typeof second === "string" ? second : "localhost", port: first };
}

if (logFile) {
  fs.appendFileSync(logFile, `${process.pid} guard ${process.argv.slice(1, 2).join(" ")}\n`);
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const target = targetOf(args);
    if (target && !isLoopback(target.host)) fs.appendFileSync(logFile, `${process.pid} egress ${target.host}:${target.port}\n`);
    return connect.apply(this, args);
  };
}
