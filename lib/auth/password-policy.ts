import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { storable } from "@/lib/validation/text";

// NCSC and NIST guidance: length and a blocklist, no composition rules.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const contextWords = ["password", "police", "metpolice", "metropolitanpolice", "professionalstandards", "psd", "dps", "welcome", "letmein"];

let blocklist: Set<string> | undefined;
function commonPasswords(): Set<string> {
  blocklist ??= new Set([...dictionary["passwords-common"], ...contextWords].map((p) => p.toLowerCase()));
  return blocklist;
}

/**
 * A password is refused when it, or its letters alone, is a known common password or a
 * word from this context ("Police2026!!" is "police"), or when it contains the
 * person's own email name.
 */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, "");
  const common = commonPasswords();
  if (common.has(lower) || common.has(letters) || contextWords.some((w) => letters === w || letters === `${w}${w}`)) {
    return "This password is too common. Choose a longer phrase that others would not guess.";
  }
  if (new Set(lower).size <= 3) return "This password repeats too few characters. Choose a longer phrase.";
  const name = email?.split("@")[0]?.toLowerCase();
  if (name && name.length >= 4 && lower.includes(name)) return "Do not use your email name in your password.";
  return null;
}

export const newPasswordSchema = storable(z.string()).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
