import { describe, expect, it } from "vitest";
import { getEnv } from "./env";

describe("getEnv", () => {
  it("defaults to the embedded database in ./.data without seeding PostgreSQL", () => {
    expect(getEnv({})).toMatchObject({ DATA_DIR: "./.data", SEED_DEMO: "0" });
    expect(getEnv({}).DATABASE_URL).toBeUndefined();
    expect(getEnv({}).OIDC_ISSUER).toBeUndefined();
  });

  it("protects figures at k = 5 unless DISCLOSURE_K says otherwise, and names a bad value", () => {
    expect(getEnv({}).DISCLOSURE_K).toBe(5);
    expect(getEnv({ DISCLOSURE_K: "10" }).DISCLOSURE_K).toBe(10);
    expect(() => getEnv({ DISCLOSURE_K: "1" })).toThrow(/DISCLOSURE_K must be at least 2/);
    expect(() => getEnv({ DISCLOSURE_K: "five" })).toThrow(/DISCLOSURE_K must be a whole number/);
    expect(getEnv({}).DISCLOSURE_MEMORY_DAYS).toBe(365);
    expect(() => getEnv({ DISCLOSURE_MEMORY_DAYS: "0" })).toThrow(/DISCLOSURE_MEMORY_DAYS must be at least 1/);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(getEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("stops with the variable's name when a value is wrong", () => {
    expect(() => getEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => getEnv({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO must be 0 or 1/);
  });

  it("leaves the protective-monitoring webhook off when its secret is empty, and refuses a short secret", () => {
    expect(getEnv({ MONITORING_WEBHOOK_SECRET: "" }).MONITORING_WEBHOOK_SECRET).toBeUndefined();
    expect(() => getEnv({ MONITORING_WEBHOOK_SECRET: "too-short" })).toThrow(/MONITORING_WEBHOOK_SECRET must be at least 32 characters/);
    expect(getEnv({ MONITORING_WEBHOOK_SECRET: "x".repeat(32) }).MONITORING_WEBHOOK_SECRET).toBe("x".repeat(32));
  });

  it("takes a read replica only beside a PostgreSQL primary", () => {
    const primary = "postgres://app@db-primary/psd";
    expect(getEnv({ DATABASE_URL: primary, DATABASE_READ_URL: "postgres://app@db-replica/psd" }).DATABASE_READ_URL).toBe("postgres://app@db-replica/psd");
    expect(() => getEnv({ DATABASE_READ_URL: "postgres://app@db-replica/psd" })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => getEnv({ DATABASE_URL: primary, DATABASE_READ_URL: "replica" })).toThrow(/DATABASE_READ_URL must be a postgres/);
  });

  it("requires the client and the role map once single sign-on is configured", () => {
    expect(() => getEnv({ OIDC_ISSUER: "https://login.example.test/tenant/v2.0" })).toThrow(
      /OIDC_CLIENT_ID is required.*OIDC_CLIENT_SECRET is required.*OIDC_ROLE_MAP is required/,
    );
  });

  it("reads the claim-to-role map, and names a role that does not exist", () => {
    const env = getEnv({
      OIDC_ISSUER: "https://login.example.test/tenant/v2.0",
      OIDC_CLIENT_ID: "psd",
      OIDC_CLIENT_SECRET: "secret",
      OIDC_ROLE_MAP: "PSD.Supervisor=supervisor, PSD.Investigator = investigator",
    });
    expect([...env.OIDC_ROLE_MAP!]).toEqual([
      ["PSD.Supervisor", "supervisor"],
      ["PSD.Investigator", "investigator"],
    ]);
    expect(() => getEnv({ OIDC_ROLE_MAP: "PSD.Boss=chief" })).toThrow(/OIDC_ROLE_MAP has "PSD.Boss=chief"/);
  });

  it("stops at start, naming the variable, on a proxy count, public URL or port that is not one (issue 13, item 7)", () => {
    expect(() => getEnv({ TRUSTED_PROXY_HOPS: "two" })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number of proxies/);
    expect(() => getEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS must be 0 or more/);
    expect(() => getEnv({ NEXTAUTH_URL: "psd.example" })).toThrow(/NEXTAUTH_URL must be the site's public URL/);
    expect(() => getEnv({ PORT: "70000" })).toThrow(/PORT must be a port number from 1 to 65535/);
    expect(() => getEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 32 characters/);
    expect(() => getEnv({ MEMORY_PROBE: "yes" })).toThrow(/MEMORY_PROBE must be 0 or 1/);
    expect(() => getEnv({ SMTP_URL: "mail.police.example" })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(getEnv({ TRUSTED_PROXY_HOPS: "1", PORT: "3100" })).toMatchObject({ TRUSTED_PROXY_HOPS: 1, PORT: 3100 });
  });
});
