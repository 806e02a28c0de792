import { describe, expect, it } from "vitest";
import { getEnv } from "./env";

describe("getEnv", () => {
  it("defaults to the embedded database in ./.data without seeding PostgreSQL", () => {
    expect(getEnv({})).toEqual({ DATA_DIR: "./.data", SEED_DEMO: "0" });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(getEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("stops with the variable's name when a value is wrong", () => {
    expect(() => getEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => getEnv({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO must be 0 or 1/);
  });
});
