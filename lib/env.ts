import { z } from "zod";

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
      .optional(),
  ),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default("./.data")),
  SEED_DEMO: z.preprocess(blankAsUnset, z.enum(["0", "1"], { message: "must be 0 or 1" }).default("0")),
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
