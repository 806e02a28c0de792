/**
 * `npm run audit:verify`: checks the whole audit trail's hash chain and names the first
 * broken entry, exiting 1 when there is one (2 when the database cannot be read). Reads
 * DATABASE_URL, or the embedded database in DATA_DIR: stop the app first in that case,
 * as the embedded folder belongs to one process at a time.
 */
import path from "node:path";
import { openDatabase } from "@/db";
import { verifyAuditChain } from "@/db/queries/audit-chain";
import { getEnv } from "@/lib/env";
import { runMain } from "./run-main";

async function main(): Promise<number> {
  const env = getEnv();
  const handle = env.DATABASE_URL
    ? await openDatabase({ kind: "postgres", url: env.DATABASE_URL, maxConnections: 1 })
    : await openDatabase({ kind: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") });
  try {
    const verdict = await verifyAuditChain(handle.db);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.entries} entries; head entry ${verdict.headId ?? "none"}, hash ${verdict.headHash}.`);
      // The server seals new entries every second; with it stopped they wait for its next start.
      if (verdict.unsealed > 0)
        console.log(`${verdict.unsealed} newer entries are not sealed onto the chain yet (the server seals them within a second or two while it runs).`);
      console.log("Keep the head hash somewhere else: an entry cut off the end is caught only against such a copy.");
      return 0;
    }
    console.error(`Audit chain BROKEN at entry ${verdict.brokenId}: ${verdict.reason}. ${verdict.entries} entries before it are intact.`);
    return 1;
  } finally {
    await handle.close();
  }
}

runMain(main, "The audit chain could not be checked", 2);
