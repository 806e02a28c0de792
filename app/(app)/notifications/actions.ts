"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { markNotificationsRead } from "@/db/queries/notifications";
import { validatedAction } from "@/server/actions/validated-action";

// The form says what it marks: an empty POST changes nothing, as everywhere (e2e/authz.spec.ts).
const markReadSchema = z.object({ confirm: z.literal("all", { message: "Choose what to mark as read" }) });

export const markNotificationsReadAction = validatedAction("notifications:read", markReadSchema, async (_input, user) => {
  const marked = await markNotificationsRead(await getDb(), user.id);
  revalidatePath("/", "layout");
  return { data: { marked }, message: marked === 1 ? "1 notification marked as read." : `${marked} notifications marked as read.` };
});
