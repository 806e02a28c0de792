import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { searchPeople } from "@/db/queries/case-intake";
import { requireApiPermission } from "@/server/auth/session";
import { AppError } from "@/lib/errors";
import { handleRoute, withExpensiveSlot } from "@/server/http";
import { peopleSearchSchema } from "@/lib/validation/cases";

export const dynamic = "force-dynamic";

/** Officers by name or service number, for choosing subject officers on a new case. Audited: it reads personal data. */
export async function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiPermission("cases:create");
    const parsed = peopleSearchSchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
    if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message, { parameter: "q" });
    return withExpensiveSlot(user.id, async () => {
      const db = await getDb();
      const people = await searchPeople(db, parsed.data.q);
      await recordAudit(db, { actorId: user.id, actorRole: user.role, action: "people.searched", entityType: "people", detail: { results: people.length } });
      return Response.json({ people }, { headers: { "Cache-Control": "no-store" } });
    });
  });
}
