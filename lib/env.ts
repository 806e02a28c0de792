import { availableParallelism } from "node:os";
import { z } from "zod";
import { parseForceTargets } from "@/lib/cases/force-targets";
import { roles, type Role } from "./vocabulary";

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

/** "Group A=supervisor,Group B=investigator": the identity provider's values and the roles they give. */
const roleMap = z.string().transform((value, ctx) => {
  const map = new Map<string, Role>();
  for (const pair of value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf("=");
    const claim = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !(roles.keys as readonly string[]).includes(role)) {
      ctx.addIssue({ code: "custom", message: `has "${pair}": write claim=role, with a role among ${roles.keys.join(", ")}` });
      return z.NEVER;
    }
    map.set(claim, role as Role);
  }
  return map;
});

const envSchema = z
  .object({
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")),
    /** A streaming replica for dashboards, statistics and extracts; the primary when unset. */
    DATABASE_READ_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")),
    /**
     * PostgreSQL itself, when DATABASE_URL is a pooler in transaction mode (PgBouncer):
     * migrations (a session lock), seeding and COPY connect here; the app's statements go
     * through the pooler unprepared.
     */
    DATABASE_DIRECT_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")),
    DATA_DIR: z.preprocess(blankAsUnset, z.string().default("./.data")),
    SEED_DEMO: z.preprocess(blankAsUnset, z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0")),
    OIDC_ISSUER: optional(z.url({ message: "must be the issuer's URL" })),
    OIDC_CLIENT_ID: optional(z.string()),
    OIDC_CLIENT_SECRET: optional(z.string()),
    OIDC_ROLE_CLAIM: z.preprocess(blankAsUnset, z.string().default("roles")),
    OIDC_ROLE_MAP: optional(roleMap),
    OIDC_NAME: z.preprocess(blankAsUnset, z.string().default("Single sign-on")),
    /** Outgoing mail for notifications (smtp:// or smtps://, with credentials if needed); no email is sent while unset. */
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, such as smtp://mail.police.example:587")),
    /** Working days ahead at which a statutory deadline on a case is reminded of. */
    REMINDER_WORKING_DAYS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number of working days" })
        .int("must be a whole number of working days")
        .min(1, "must be at least 1")
        .max(20, "must be at most 20")
        .default(3),
    ),
    MAIL_FROM: z.preprocess(blankAsUnset, z.string().min(3).default("Professional Standards Cases <no-reply@localhost>")),
    /** Shared secret of the protective-monitoring webhook; the webhook answers 404 while it is unset. */
    MONITORING_WEBHOOK_SECRET: optional(z.string().min(32, "must be at least 32 characters (a random secret shared with the monitoring system)")),
    /** Allegations within twelve months that flag an officer for early intervention on the case page. */
    /** Proxies in front of the app that append to X-Forwarded-For; with none, no forwarded header is believed. */
    TRUSTED_PROXY_HOPS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number of proxies, such as 0 or 1" })
        .int("must be a whole number of proxies, such as 0 or 1")
        .min(0, "must be 0 or more")
        .max(10, "must be at most 10")
        .default(0),
    ),
    /** The site's public address: sessions, links and the same-origin check of state-changing requests. */
    NEXTAUTH_URL: optional(z.url({ message: "must be the site's public URL, such as https://psd.police.example" })),
    /** The key that signs sessions; the zero-setup demo keeps a generated one in DATA_DIR when unset. */
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (a random secret, such as `openssl rand -base64 32`)")),
    /** How much the server logs (one JSON line per request at info); tests and tools may set warn or silent. */
    LOG_LEVEL: z.preprocess(
      blankAsUnset,
      z.enum(["fatal", "error", "warn", "info", "debug", "silent"], { message: "must be one of fatal, error, warn, info, debug, silent" }).default("info"),
    ),
    /** Test hook: the server answers the load test's memory probe (bench/load.ts). */
    MEMORY_PROBE: z.preprocess(blankAsUnset, z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0")),
    PORT: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a port number" })
        .int("must be a port number")
        .min(1, "must be a port number from 1 to 65535")
        .max(65_535, "must be a port number from 1 to 65535")
        .default(3000),
    ),
    /** Server processes on PostgreSQL (one per CPU unless set); the embedded database always runs one. */
    WEB_CONCURRENCY: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number of processes" })
        .int("must be a whole number of processes")
        .min(1, "must be at least 1")
        .max(64, "must be at most 64")
        .default(availableParallelism()),
    ),
    /** Expensive requests (searches, tables, extracts, imports) one person may have running at once. */
    EXPENSIVE_PER_PERSON: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number" })
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(100, "must be at most 100")
        .default(2),
    ),
    /** The longest one statement of a request may run on PostgreSQL; the import, the extract and migrations set their own. */
    STATEMENT_TIMEOUT_MS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a number of milliseconds" })
        .int("must be a whole number of milliseconds")
        .min(100, "must be at least 100 ms")
        .max(600_000, "must be at most 600000 ms (10 minutes)")
        .default(15_000),
    ),
    /** The force's own targets per stage (policy, not statute), e.g. "investigation=120,decision=20"; the rest keep the defaults. */
    FORCE_TARGET_DAYS: z
      .string()
      .optional()
      .transform((text, ctx) => {
        const parsed = parseForceTargets(text ?? "");
        if (parsed.ok) return parsed.targets;
        ctx.addIssue({ code: "custom", message: parsed.problems.join("; ") });
        return z.NEVER;
      }),
    EARLY_INTERVENTION_THRESHOLD: z.preprocess(
      blankAsUnset,
      z.coerce.number().int("must be a whole number").min(2, "must be at least 2").max(20, "must be at most 20").default(2),
    ),
    /** Disclosure control's threshold: counts from 1 to k-1 are withheld from every role without case access. */
    DISCLOSURE_K: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number" })
        .int("must be a whole number")
        .min(2, "must be at least 2")
        .max(100, "must be at most 100")
        .default(5),
    ),
    /** How many days of what each role has been served the release check weighs against a new table. */
    DISCLOSURE_MEMORY_DAYS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ message: "must be a whole number" })
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(3650, "must be at most 3650")
        .default(365),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_DIRECT_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_DIRECT_URL"],
        message: "needs DATABASE_URL too: it is the direct address of the database DATABASE_URL pools",
      });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_READ_URL"], message: "needs DATABASE_URL too: a read replica is of a PostgreSQL primary" });
    }
    if (!env.OIDC_ISSUER) return;
    for (const key of ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_ROLE_MAP"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when OIDC_ISSUER is set" });
    }
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The environment, read once; a bad value stops start-up with the variable's name. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (source !== process.env) return parseEnv(source);
  cached ??= parseEnv(source);
  return cached;
}

function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}
