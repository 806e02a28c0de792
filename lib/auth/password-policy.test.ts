import { describe, expect, it } from "vitest";
import { newPasswordSchema, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it.each([
    ["short", /at least 12/],
    ["qwertyuiop12", /too common/],
    ["1q2w3e4r5t6y", /too common/],
    ["Password2026!", /too common/],
    ["MetPolice1234!", /too common/],
    ["aaaaaaaaaaaaaaaa", /too common|repeats/],
    ["abababababab", /repeats/],
    ["x".repeat(300), /at most 256/],
  ])("refuses %j", (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it("refuses a password containing the person's email name", () => {
    expect(passwordProblem("jo.clarke-rides-a-bike", "jo.clarke@demo.police.uk")).toMatch(/email name/);
  });

  it.each(["correct horse battery staple", "demo-password-2026", "Tea at four on the Thames"])("accepts %j with no composition rules", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("is what the zod schema for new passwords applies", () => {
    expect(newPasswordSchema.safeParse("qwertyuiop12").success).toBe(false);
    expect(newPasswordSchema.safeParse("a long and unusual phrase").success).toBe(true);
  });
});
