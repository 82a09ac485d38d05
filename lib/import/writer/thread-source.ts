/**
 * The code of the SQLite writer thread (thread-tx.ts), as plain JavaScript run with `eval: true`: it loads
 * unchanged under tsx (CLI, benchmarks), vitest and the Next server bundle, with no separate build entry and no
 * TypeScript loader in the thread. It owns ONE connection and ONE transaction (BEGIN IMMEDIATE at start) and
 * executes the messages in the order they arrive. Its connection never checkpoints on commit (wal_autocheckpoint
 * = 0): it checkpoints after answering the final COMMIT, so the import returns without waiting for that copy. After the first failure it rolls back at once and answers
 * every later message with that failure, so nothing after it can commit.
 *
 * Messages: { id, op: "all" | "run", sql, params } | { id, op: "insert", table, columns, width, constants, varying, values, count }
 * | { id, op: "end", commit }. Answers: { id, result } or { id, error: { message, name, code } }.
 */
export const WRITER_THREAD_SOURCE = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const conn = new Database(workerData.file);
const statements = new Map();
let failure = null;

function prepare(sql) {
  let statement = statements.get(sql);
  if (!statement) {
    statement = conn.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

function fail(error) {
  failure = { message: String(error && error.message || error), name: error && error.name || "Error", code: error && error.code };
  try { if (conn.inTransaction) conn.exec("ROLLBACK"); } catch {}
}

// A value the same on every row of a batch is written into the statement as a literal: SQLite then has fewer
// parameters to bind per row (25 columns, about 10 of them vary in an import).
function toLiteral(value) {
  if (value === null) return "NULL";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "string" && value.length <= 200 && !value.includes("\u0000")) return "'" + value.replace(/'/g, "''") + "'";
  return undefined; // bound as a parameter
}

// Rows arrive as one flat array of the columns that vary, the others once (see thread-tx.ts packRows).
function insertRows(message) {
  const { width, constants, varying, values, count } = message;
  const isVarying = new Uint8Array(width);
  for (const c of varying) isVarying[c] = 1;
  const terms = [];
  const bound = [];
  for (let c = 0; c < width; c++) {
    const literal = isVarying[c] ? undefined : toLiteral(constants[c]);
    if (literal === undefined) {
      terms.push("?");
      bound.push(c);
    } else terms.push(literal);
  }
  const statement = prepare("INSERT INTO " + message.table + " (" + message.columns + ") VALUES (" + terms.join(", ") + ")");
  const row = bound.map((c) => constants[c]);
  const slots = varying.map((c) => bound.indexOf(c));
  const stride = slots.length;
  for (let r = 0, at = 0; r < count; r++) {
    for (let k = 0; k < stride; k++) row[slots[k]] = values[at++];
    statement.run(row);
  }
  return count;
}

try {
  for (const pragma of workerData.pragmas) conn.pragma(pragma);
  conn.pragma("wal_autocheckpoint = 0");
  conn.exec("BEGIN IMMEDIATE");
} catch (error) {
  fail(error);
}
parentPort.postMessage({ id: 0, result: failure ? null : "ready", error: failure });

parentPort.on("message", (message) => {
  if (message.op === "end") {
    let error = failure;
    if (!error) {
      try { conn.exec(message.commit ? "COMMIT" : "ROLLBACK"); } catch (e) { fail(e); error = failure; }
    }
    parentPort.postMessage({ id: message.id, result: null, error });
    parentPort.close();
    // The caller has its answer: copying the import's pages from the WAL into the database file happens here,
    // off its path (a crash meanwhile loses nothing: the WAL stays authoritative until a checkpoint completes).
    try { if (!error && message.commit) conn.pragma("wal_checkpoint(PASSIVE)"); } catch {}
    try { conn.close(); } catch {}
    return;
  }
  if (failure) {
    parentPort.postMessage({ id: message.id, result: null, error: failure });
    return;
  }
  try {
    let result;
    if (message.op === "insert") result = insertRows(message);
    else if (message.op === "all") {
      const statement = prepare(message.sql);
      statement.safeIntegers(true);
      result = statement.all(message.params);
    } else result = prepare(message.sql).run(message.params).changes;
    parentPort.postMessage({ id: message.id, result, error: null });
  } catch (error) {
    fail(error);
    parentPort.postMessage({ id: message.id, result: null, error: failure });
  }
});
`;
