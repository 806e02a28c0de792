import { indicator, RowSpace } from "./row-space";

/**
 * Which hidden figures can still be worked out exactly from what is shown.
 *
 * The unknowns ("atoms") are the non-empty groups of officers that the tables split the
 * population into; every figure shown is an equation "these atoms add up to n", and a
 * hidden figure is a sum of atoms. A reader who knows every equation, and that counts
 * are never negative, can pin a hidden figure to one value exactly when its feasible
 * range {min, max of q·x : Ax = b, x >= 0} is a single point.
 *
 * Every atom has a true count of at least one, and the true counts satisfy the
 * equations, so they lie inside the feasible set with room to move in every direction
 * the equations allow. Its affine hull is therefore {x : Ax = b}, and q·x is constant on
 * the feasible set exactly when it is constant on that hull, i.e. when q lies in the row
 * space of A. That makes the linear-programming question an exact linear-algebra one,
 * with one assumption on the safe side: the reader is taken to know which groups are
 * empty (empty groups are not unknowns). That can only narrow ranges, so the check may
 * hide more than strictly needed, never less. The property tests hold it to a real
 * simplex over every cell, empty ones included (lib/stats/feasible-range.ts).
 */
export function pinnedQuantities(atomCount: number, equations: number[][], quantities: number[][]): boolean[] {
  const span = new RowSpace(atomCount);
  for (const members of equations) if (members.length > 0) span.add(indicator(atomCount, members));
  return quantities.map((members) => members.length > 0 && span.contains(indicator(atomCount, members)));
}
