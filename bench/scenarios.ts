import postgres from "postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "@/db/index";
import { dashboardQuery, getDashboardData } from "@/db/queries/dashboard";
import { compare, type Scenario } from "./measure";

const dialect = new PgDialect();

/**
 * Dashboard data through the app's own code (query building, driver, shaping) against
 * the same statement run bare on a plain postgres.js connection.
 */
export async function dashboardScenario(db: Database, url: string, runs: number): Promise<Scenario> {
  const filter = { from: 2018, to: 2021 };
  const { sql: text, params } = dialect.sqlToQuery(dashboardQuery(filter));
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await compare(
      "dashboard",
      () => getDashboardData(db, filter),
      () => raw.unsafe(text, params as never[]),
      runs,
    );
  } finally {
    await raw.end();
  }
}
