import "server-only";
import type { Readable } from "node:stream";
import postgres from "postgres";
import type { DatabaseHandle } from "../index";

/**
 * One row per subject officer, de-identified to what an FoI disclosure could hold: no
 * name, service number, summary, allegation or rationale, and nothing of restricted
 * cases (a senior officer's rank in a small force would name them). The team is the only
 * free text an administrator sets: a leading formula character is defused as in lib/csv.
 */
export const subjectExtractQuery = `select
    c.ref as case_ref, c.recorded_on, c.incident_on,
    case when c.team ~ '^[=+@\\t\\r-]' then '''' || c.team else c.team end as team,
    c.source, c.platform, c.channel, c.content_type, c.device, c.group_size, c.status as case_status,
    s.rank, s.rank_group, array_to_string(s.standards, ';') as standards, s.severity, s.recommendation,
    s.finding, s.finding_on, s.proceedings, s.outcome, s.outcome_on, s.regime, s.stage
  from subjects s join cases c on c.id = s.case_id
  where not c.restricted`;

const copyOptions = "(format csv, header)";

/**
 * The extract as a CSV stream, produced by the database's own COPY and passed on as it
 * comes, so that a million rows never sit in the server's memory. On PostgreSQL it runs
 * on a connection of its own, ended with the stream: postgres.js must not reuse a pooled
 * connection after a COPY stream (stack notes). PGlite, for demo-sized data, copies to a blob.
 */
export async function openSubjectExtract(handle: DatabaseHandle): Promise<ReadableStream<Uint8Array>> {
  if (handle.pglite) {
    const result = await handle.pglite.query(`copy (${subjectExtractQuery}) to '/dev/blob' with ${copyOptions}`);
    if (!result.blob) throw new Error("PGlite returned no CSV for the extract");
    return result.blob.stream();
  }
  if (!handle.directUrl) throw new Error("A PostgreSQL handle needs its URL for the extract");
  // Straight to PostgreSQL, past any pooler, and unbounded by the requests' statement timeout.
  const client = postgres(handle.directUrl, { max: 1, connect_timeout: 5, onnotice: () => {}, connection: { statement_timeout: 0 } });
  try {
    const source = await client.unsafe(`copy (${subjectExtractQuery}) to stdout with ${copyOptions}`).readable();
    // Ended however the stream ends: read to the end, failed, or cancelled by a caller who went away.
    source.once("close", () => void client.end({ timeout: 1 }));
    return coalesced(source);
  } catch (error) {
    await client.end({ timeout: 1 });
    throw error;
  }
}

const CHUNK = 64 * 1024;

/**
 * COPY sends each row as a message of its own: passed on one by one, a million rows
 * cost a million trips through the web stream and the response (30 times slower than
 * COPY itself, measured). Rows are gathered into chunks of 64 KB instead; the stream
 * pulls only when the response is ready for more, so memory stays at a few chunks.
 */
function coalesced(source: Readable): ReadableStream<Uint8Array> {
  const rows = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const parts: Buffer[] = [];
      let size = 0;
      while (size < CHUNK) {
        const next = await rows.next();
        if (next.done) break;
        parts.push(next.value);
        size += next.value.length;
      }
      if (size > 0) controller.enqueue(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size));
      if (size < CHUNK) controller.close();
    },
    async cancel() {
      source.destroy();
    },
  });
}
