"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { decideAppPermission, requestAppPermission, revokeAppPermission } from "@/db/queries/app-permissions";
import { validatedAction } from "@/server/actions/validated-action";
import { todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { decideAppPermissionSchema, requestAppPermissionSchema, revokeAppPermissionSchema } from "@/lib/validation/app-permissions";

export const requestAppPermissionAction = validatedAction("app-permissions:request", requestAppPermissionSchema, async (input, user) => {
  const ref = await requestAppPermission(await getDb(), user, input, todayIso());
  revalidatePath("/app-permissions");
  return { data: { ref }, message: `Your request is ${ref}. Your line manager or a PSD supervisor will decide it.` };
});

// Anyone may reach these two: the query decides whether this person may decide this
// request (a supervisor, or the requester's line manager), and refuses everyone else.
export const decideAppPermissionAction = validatedAction("app-permissions:request", decideAppPermissionSchema, async (input, user) => {
  await decideAppPermission(await getDb(), user, input, todayIso());
  revalidatePath("/app-permissions");
  // The request leaves the list it was decided in: the page says what happened and what next (issue 17, item 4).
  const message =
    input.decision === "approved"
      ? `${input.ref} approved; it expires on ${formatDate(input.expiresOn)}. The requester is told, and the permission is in the register below from its first day.`
      : `${input.ref} refused. The requester is told, with your reason; they may ask again.`;
  return { data: { message }, message };
});

export const revokeAppPermissionAction = validatedAction("app-permissions:request", revokeAppPermissionSchema, async (input, user) => {
  await revokeAppPermission(await getDb(), user, input);
  revalidatePath("/app-permissions");
  return { data: null, message: `${input.ref} revoked.` };
});
