import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/vocabulary";
import { roleFromClaims } from "./oidc-roles";

const map = new Map<string, Role>([
  ["PSD.Supervisor", "supervisor"],
  ["PSD.Investigator", "investigator"],
]);

describe("roleFromClaims", () => {
  it("maps a list claim, taking the first configured match", () => {
    expect(roleFromClaims({ roles: ["PSD.Investigator", "PSD.Supervisor"] }, "roles", map)).toBe("supervisor");
  });

  it("maps a single-valued claim", () => {
    expect(roleFromClaims({ groups: "PSD.Investigator" }, "groups", map)).toBe("investigator");
  });

  it("gives no role when nothing matches or the claim is missing", () => {
    expect(roleFromClaims({ roles: ["Other"] }, "roles", map)).toBeNull();
    expect(roleFromClaims({}, "roles", map)).toBeNull();
  });
});
