import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { markDatabaseSuspect } from "./availability";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The connection URL (PostgreSQL only). */
  url?: string;
  /** PostgreSQL itself, for work that needs a session of its own (migrations, COPY): `url` unless that is a pooler. */
  directUrl?: string;
  /** The embedded database itself, for its COPY to a blob (PGlite only). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type OpenOptions =
  | {
      kind: "postgres";
      url: string;
      maxConnections?: number;
      statementTimeoutMs?: number;
      /** PostgreSQL itself, when `url` is a transaction-mode pooler: statements go unprepared, settings live on the role. */
      directUrl?: string;
    }
  | { kind: "pglite"; dataDir?: string; client?: PGlite };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      // A server that is down refuses at once (ECONNREFUSED), so this bounds only a server
      // that does not answer. It is not shorter: under 50 users on 2 cores a new
      // connection's start-up exchange waited behind rendering for over 5 s (CI's load run).
      connect_timeout: 15,
      onnotice: () => {},
      // The app's queries are short; at a million records PostgreSQL's JIT spent half a
      // second compiling the case list's status counts, longer than running them.
      // A statement timeout bounds what one request can take from everyone else (a search
      // written to be slow, say); work that is long by nature sets its own.
      // Through a transaction-mode pooler these come from the role instead (db/prepare.ts):
      // PgBouncer refuses unknown start-up parameters and does not track prepared statements.
      ...(options.directUrl
        ? { prepare: false }
        : { connection: { jit: "off", ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) } }),
      onclose: markDatabaseSuspect,
    });
    return {
      db: drizzlePostgres({ client, schema }) as Database,
      kind: "postgres",
      url: options.url,
      directUrl: options.directUrl ?? options.url,
      // A connection cut off mid-transaction can stay reserved for ever (postgres.js
      // waits for it when ending): after 5 s the rest are closed regardless.
      close: () => client.end({ timeout: 5 }),
    };
  }
  let client = options.client;
  if (!client) {
    if (options.dataDir) mkdirSync(path.resolve(options.dataDir), { recursive: true });
    client = options.dataDir ? new PGlite(path.resolve(options.dataDir)) : new PGlite();
  }
  await client.waitReady;
  const opened = client;
  return { db: drizzlePglite({ client: opened, schema }) as Database, kind: "pglite", pglite: opened, close: () => opened.close() };
}

/**
 * Raw SQL results differ by driver (postgres.js returns an array, PGlite `{ rows }`);
 * query files call this so that nothing above db/ knows which driver it has.
 */
export async function selectRows<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Next.js bundles route handlers and pages separately, so this module can be loaded
 * more than once in one server. The handle lives on globalThis so that there is one
 * database per process: two PGlite instances on one folder would not see each other's
 * writes, and would corrupt it.
 */
const holder = globalThis as typeof globalThis & { [key: symbol]: Promise<DatabaseHandle> | undefined };
const HANDLE = Symbol.for("psd-cases.database");

/**
 * The app's one database, opened on first use (never during `next build`). It is
 * migrated and seeded before the server starts (db/prepare.ts, from `npm start` and
 * `npm run db:migrate`), so that neither the migrator nor the demo generator is part of
 * the server's bundle. A failed open is forgotten so that the next request tries again
 * once the server is back.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  holder[HANDLE] ??= openConfigured().catch((error: unknown) => {
    holder[HANDLE] = undefined;
    throw error;
  });
  return holder[HANDLE];
}

const READ_HANDLE = Symbol.for("psd-cases.read-database");

/**
 * The handle for reads that may lag the primary by a moment: dashboards, statistics and
 * extracts. With DATABASE_READ_URL it is a streaming replica, opened once the primary
 * is ready (so the replica has the migrations too); without it, the primary itself.
 * Writes, audit entries included, always go through getDatabase().
 */
export function getReadDatabase(): Promise<DatabaseHandle> {
  const url = getEnv().DATABASE_READ_URL;
  if (!url) return getDatabase();
  holder[READ_HANDLE] ??= getDatabase()
    .then(() => openDatabase({ kind: "postgres", url, statementTimeoutMs: getEnv().STATEMENT_TIMEOUT_MS }))
    .catch((error: unknown) => {
      holder[READ_HANDLE] = undefined;
      throw error;
    });
  return holder[READ_HANDLE];
}

export async function getReadDb(): Promise<Database> {
  return (await getReadDatabase()).db;
}

/** Closes the process's databases, so that another process may open the embedded folder. */
export async function closeDatabase(): Promise<void> {
  for (const key of [READ_HANDLE, HANDLE]) {
    const pending = holder[key];
    holder[key] = undefined;
    if (pending) await (await pending).close();
  }
}

/**
 * Forgets the process's database after an outage, so that the next request opens a
 * fresh pool: connections cut off mid-transaction can stay reserved in the old one.
 */
export function resetDatabase(): void {
  const pending = holder[HANDLE];
  holder[HANDLE] = undefined;
  pending?.then((handle) => handle.close()).catch(() => {});
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

function openConfigured(): Promise<DatabaseHandle> {
  const env = getEnv();
  return env.DATABASE_URL
    ? openDatabase({ kind: "postgres", url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS, directUrl: env.DATABASE_DIRECT_URL })
    : openDatabase({ kind: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") });
}
