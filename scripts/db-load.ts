/**
 * `npm run db:load -- --subjects 1000000`: migrates the PostgreSQL database at
 * DATABASE_URL (seeding the demo accounts and data when it has no users yet) and tops it
 * up to that many subject records with the synthetic national data set, through COPY.
 */
import { openDatabase } from "@/db/index";
import { loadSynthetic } from "@/db/load-synthetic";
import { prepareDatabase } from "@/db/prepare";
import { getEnv } from "@/lib/env";
import { numberOption } from "./cli-options";

async function main() {
  const subjects = numberOption("subjects", 1_000_000);
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the PostgreSQL database to load (the embedded database is not for a million records).");
  const handle = await openDatabase({ kind: "postgres", url, maxConnections: 1 });
  try {
    await prepareDatabase(handle, { seedDemo: true });
  } finally {
    await handle.close();
  }
  const result = await loadSynthetic(url, { subjects, log: (line) => console.log(line) });
  if (result.after === result.before) {
    console.log(`The database already holds ${result.before.toLocaleString("en-GB")} subject records; nothing to load.`);
    return;
  }
  console.log(
    `Loaded ${(result.after - result.before).toLocaleString("en-GB")} subjects, ${result.cases.toLocaleString("en-GB")} cases and ` +
      `${result.people.toLocaleString("en-GB")} people in ${result.seconds.toFixed(1)} s: ` +
      `${result.subjectsPerSecond.toLocaleString("en-GB")} subject rows per second.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
