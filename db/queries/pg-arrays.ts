import "server-only";

/**
 * A PostgreSQL array literal of one column's values, sent as a single text parameter
 * and cast in SQL (`${literal}::int[]`). Bulk inserts then take a few parameters per
 * statement (`INSERT ... SELECT * FROM unnest(...)`) instead of one per cell, which
 * spares both drivers and the query builder most of their work on large batches.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(",")}}`;
}
