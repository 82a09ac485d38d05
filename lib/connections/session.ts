/**
 * Runs adapter calls on a stored connection and seals back whatever state the adapter changed (a refreshed token,
 * SimpleFIN's daily request counter), whether the calls succeeded or not.
 */
import { db } from "../db/client";
import type { ApiAggregator, ApiConnection } from "../aggregators/types";
import { adapterFor, openConnection, sealSecrets, type ConnectionRow } from "./store";

export async function withProvider<T>(row: ConnectionRow, fn: (adapter: ApiAggregator, connection: ApiConnection) => Promise<T>): Promise<T> {
  const connection = openConnection(row);
  const before = JSON.stringify(connection.secrets);
  try {
    return await fn(adapterFor(row.provider), connection);
  } finally {
    if (JSON.stringify(connection.secrets) !== before) {
      await db().connection.update({ where: { id: row.id }, data: { secrets: sealSecrets(connection.secrets) } });
    }
  }
}
