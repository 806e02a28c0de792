/** `npm run db:migrate`: applies the migrations (and seeds the demo where the app would) without starting the server. */
import { closeDatabase } from "@/db";
import { prepareConfiguredDatabase } from "@/db/prepare";

prepareConfiguredDatabase()
  .then(async (handle) => {
    console.log(`Database ready (${handle.kind}).`);
    await closeDatabase();
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
