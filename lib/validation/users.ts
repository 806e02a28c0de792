import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { roles } from "@/lib/vocabulary";
import { rowId, storable } from "./text";

const id = rowId("Choose an account");
const role = z.enum(roles.keys, { message: `Choose a role: ${roles.keys.join(", ")}` });
const team = storable(z.string().trim().max(100, "Use at most 100 characters")).transform((value) => (value === "" ? null : value));

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@force.police.uk").max(254)),
  name: storable(z.string().trim().min(1, "Enter the person's name").max(200, "Use at most 200 characters")),
  role,
  team: team.optional().default(null),
  password: newPasswordSchema,
});

export const userIdSchema = z.object({ userId: id });
export const changeRoleSchema = z.object({ userId: id, role });
export const setDisabledSchema = z.object({
  userId: id,
  disabled: z.enum(["true", "false"], { message: "Say whether the account is disabled: true or false" }).transform((v) => v === "true"),
});
export const resetPasswordSchema = z.object({ userId: id, password: newPasswordSchema });
