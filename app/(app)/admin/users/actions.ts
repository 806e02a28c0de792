"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { changeAccountRole, createAccount, endAccountSessions, resetAccountPassword, setAccountDisabled } from "@/db/queries/admin-users";
import { validatedAction } from "@/server/actions/validated-action";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema, userIdSchema } from "@/lib/validation/users";
import { roles } from "@/lib/vocabulary";

const ended = (n: number) => (n === 1 ? "1 open session was ended." : `${n} open sessions were ended.`);

export const createUserAction = validatedAction("users:manage", createUserSchema, async (input, user) => {
  const id = await createAccount(await getDb(), user, input);
  revalidatePath("/admin/users");
  return { data: { id }, message: `Account created for ${input.email} as ${roles.labels[input.role].toLowerCase()}.` };
});

export const changeRoleAction = validatedAction("users:manage", changeRoleSchema, async (input, user) => {
  const n = await changeAccountRole(await getDb(), user, input.userId, input.role);
  revalidatePath("/admin/users");
  return { data: null, message: `Role changed to ${roles.labels[input.role].toLowerCase()}. ${ended(n)}` };
});

export const setDisabledAction = validatedAction("users:manage", setDisabledSchema, async (input, user) => {
  const n = await setAccountDisabled(await getDb(), user, input.userId, input.disabled);
  revalidatePath("/admin/users");
  return { data: null, message: input.disabled ? `Account disabled. ${ended(n)}` : "Account re-enabled." };
});

export const resetPasswordAction = validatedAction("users:manage", resetPasswordSchema, async (input, user) => {
  const n = await resetAccountPassword(await getDb(), user, input.userId, input.password);
  return { data: null, message: `Password reset. ${ended(n)} Give the new password to the person by a separate channel.` };
});

export const endSessionsAction = validatedAction("users:manage", userIdSchema, async (input, user) => {
  const n = await endAccountSessions(await getDb(), user, input.userId);
  revalidatePath("/admin/users");
  return { data: null, message: ended(n) };
});
