"use server";

import { revalidatePath } from "next/cache";
import { getDb, getReadDb } from "@/db";
import { createFoiRequest, publishTable, updateFoiRequest } from "@/db/queries/foi";
import { buildStatisticsTable } from "@/db/queries/statistics-table";
import { validatedAction } from "@/server/actions/validated-action";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { builderProblem, parseBuilder } from "@/lib/stats/builder";
import { createFoiRequestSchema, publishTableSchema, updateFoiRequestSchema } from "@/lib/validation/foi";

export const createFoiRequestAction = validatedAction("foi:manage", createFoiRequestSchema, async (input, user) => {
  const { ref, deadlineOn } = await createFoiRequest(await getDb(), user, input);
  revalidatePath("/statistics/requests");
  return { data: { ref }, message: `Logged as ${ref}. The response is due by ${formatDate(deadlineOn)}.` };
});

export const updateFoiRequestAction = validatedAction("foi:manage", updateFoiRequestSchema, async (input, user) => {
  await updateFoiRequest(await getDb(), user, input);
  revalidatePath("/statistics/requests");
  return { data: null, message: `${input.ref} updated.` };
});

export const publishTableAction = validatedAction("statistics:build", publishTableSchema, async (input, user) => {
  const choice = parseBuilder(Object.fromEntries(new URLSearchParams(input.query)));
  if (!choice.ok) throw new AppError("bad_request", `The table cannot be published: ${choice.message}`);
  const env = getEnv();
  const problem = builderProblem(choice.data, { exact: can(user.role, "statistics:exact"), cases: can(user.role, "cases:read") }, env.DISCLOSURE_K);
  if (problem) throw new AppError("bad_request", `The table cannot be published: ${problem.message}`);
  const db = await getDb();
  const { table: figures, attributeDisclosures } = await buildStatisticsTable(db, await getReadDb(), {
    actor: user,
    choice: choice.data,
    k: choice.data.k ?? env.DISCLOSURE_K,
    memoryDays: env.DISCLOSURE_MEMORY_DAYS,
    channel: "publish",
  });
  if (attributeDisclosures.length > 0 && !choice.data.attributes) {
    throw new AppError(
      "bad_request",
      "In some groups every officer shares one outcome: withhold those outcomes or record why they may be published, then publish.",
    );
  }
  const id = await publishTable(db, user, { title: input.title, foiRef: input.foiRef, parameters: choice.data, figures });
  revalidatePath("/statistics/published");
  return { data: { id }, message: `Published as table ${id}.` };
});
