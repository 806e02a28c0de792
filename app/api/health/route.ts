import { getDatabase } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { getEnv } from "@/lib/env";
import { log } from "@/server/log";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = getEnv().DATABASE_URL ? "postgres" : "pglite";
  try {
    const handle = await getDatabase();
    await pingDatabase(handle.db);
    return Response.json({ status: "ok", database: handle.kind }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log.warn({ err: error }, "Health check failed");
    return Response.json(
      { status: "unavailable", database, reason: "The database cannot be reached." },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
