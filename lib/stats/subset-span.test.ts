import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicator, RowSpace } from "./row-space";
import { SubsetRows, SubsetSpan } from "./subset-span";

const subsetOf = (atoms: number) => fc.uniqueArray(fc.integer({ min: 0, max: atoms - 1 }), { maxLength: atoms });

/** Rows to add and sets to test, over a handful of atoms: small enough that dependence is common. */
const history = fc
  .integer({ min: 1, max: 10 })
  .chain((atoms) =>
    fc.record({ atoms: fc.constant(atoms), rows: fc.array(subsetOf(atoms), { maxLength: 14 }), sets: fc.array(subsetOf(atoms), { maxLength: 10 }) }),
  );

describe("the span of sets of atoms", () => {
  it("says what elimination on full rows says: which rows add to it, and which sets and rows lie in it", () => {
    fc.assert(
      fc.property(history, ({ atoms, rows, sets }) => {
        const dense = new RowSpace(atoms);
        const registry = new SubsetRows(atoms);
        const span = new SubsetSpan(registry);
        const ids = rows.map((members, i) => registry.register(`row ${i}`, members));
        rows.forEach((members, i) => {
          expect(span.add(ids[i]!)).toBe(dense.add(indicator(atoms, members)));
          expect(span.rank).toBe(dense.rank);
        });
        for (const members of sets) expect(span.containsSet(members)).toBe(dense.contains(indicator(atoms, members)));
        rows.forEach((members, i) => expect(span.containsRow(ids[i]!)).toBe(dense.contains(indicator(atoms, members))));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a copy apart from what is added to it afterwards", () => {
    const registry = new SubsetRows(3);
    const span = new SubsetSpan(registry);
    span.add(registry.register("first two", [0, 1]));
    const copy = span.clone();
    expect(copy.add(registry.register("first", [0]))).toBe(true);
    expect(copy.containsSet([1])).toBe(true);
    expect(span.containsSet([1])).toBe(false);
    expect(span.containsSet([0, 1])).toBe(true);
  });

  it("registers a row once by its name, counting the atoms rows share", () => {
    const registry = new SubsetRows(4);
    const a = registry.register("a", [0, 1, 2]);
    const b = registry.register("b", [1, 2, 3]);
    expect(registry.register("a", [0, 1, 2])).toBe(a);
    expect(registry.shared(a, b)).toBe(2);
    expect(registry.shared(b, b)).toBe(3);
  });
});
