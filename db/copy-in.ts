import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Database } from "./index";

export type CopyValue = string | number | null;

/** One CSV field as COPY reads it: an unquoted empty field is NULL, a quoted one is text (the empty string included). */
function csvField(value: CopyValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

/** The rows as CSV text in pieces of about 64 KB, so that a large file is never one string. */
function* csvChunks(rows: Iterable<readonly CopyValue[]>): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += `${row.map(csvField).join(",")}\n`;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

interface PostgresJsClient {
  unsafe(query: string): { writable(): Promise<NodeJS.WritableStream> };
}
interface PgliteClient {
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/**
 * Loads rows into a table with COPY, on the connection of the transaction `tx` (so that
 * the rows are part of it, all or nothing): a stream from standard input on PostgreSQL,
 * a blob on PGlite. Table and column names are the caller's constants, never input.
 * drizzle keeps the driver's transaction on `session.client`; COPY has no other way in.
 */
export async function copyInto(tx: Database, table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const statement = `copy ${table} (${columns.join(", ")}) from`;
  const client = (tx as unknown as { session: { client: PostgresJsClient | PgliteClient } }).session.client;
  if ("unsafe" in client) {
    const target = await client.unsafe(`${statement} stdin with (format csv)`).writable();
    await pipeline(Readable.from(csvChunks(rows)), target);
    return;
  }
  await client.query(`${statement} '/dev/blob' with (format csv)`, [], { blob: new Blob([...csvChunks(rows)]) });
}
