import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReleaseState, type Atom, type ReleaseKey } from "./release-check";

/**
 * The search as first written, from the state's public pieces: every group weighed
 * against the known figures plus the new ones, each round. protect() takes shorter roads
 * (a table already served answered at once, groups reduced once by what is known); it
 * must withhold exactly what this does.
 */
function protectAsFirstWritten(state: ReleaseState, table: number, suppress: (withheld: Set<string>) => ReleaseKey[]) {
  const withheld = new Set<string>();
  for (;;) {
    const shown = suppress(withheld);
    const found = state.disclosures(table, shown);
    if (found.length === 0) return { shown, withheld };
    const at = found[0]!.what;
    const exposed = new Set("atom" in at ? [at.atom] : state.members(at.table, at.key));
    const candidates = shown
      .filter((key) => !state.isReleased(table, key))
      .map((key) => ({ key, members: state.members(table, key) }))
      .filter(({ members }) => members.length > 0)
      .sort(
        (a, b) =>
          Number(b.members.some((m) => exposed.has(m))) - Number(a.members.some((m) => exposed.has(m))) || state.value(a.members) - state.value(b.members),
      );
    withheld.add(JSON.stringify(candidates[0]!.key));
  }
}

const as = ["x", "y", "z"];
const bs = ["p", "q"];
const cs = ["u", "v"];

/** Officers as (a, b, c, in the period of the third table); three tables: by a, by b and c, by a and b. */
function atomsOf(officers: [number, number, number, boolean][]): Atom[] {
  const groups = new Map<string, Atom>();
  for (const [a, b, c, inPeriod] of officers) {
    const signature = [[[as[a]!]], [[bs[b]!], [cs[c]!]], inPeriod ? [[as[a]!], [bs[b]!]] : null];
    const text = JSON.stringify(signature);
    const atom = groups.get(text) ?? { signature, count: 0 };
    atom.count++;
    groups.set(text, atom);
  }
  return [...groups.values()];
}

const twoWayKeys: ReleaseKey[] = [...as.flatMap((a) => bs.map((b) => [a, b])), ...as.map((a) => [a, null]), ...bs.map((b) => [null, b]), [null, null]];
const oneWayKeys: ReleaseKey[] = [...as.map((a) => [a]), [null]];
const byBAndC: ReleaseKey[] = [...bs.flatMap((b) => cs.map((c) => [b, c])), [null, null]];

function stateOf(atoms: Atom[], k: number, published: boolean[], served: boolean[], servedBefore: boolean[]) {
  const state = new ReleaseState(atoms, k);
  state.publish(
    0,
    oneWayKeys.filter((_, i) => published[i]),
  );
  state.serve(
    1,
    byBAndC.filter((_, i) => served[i]),
  );
  state.serve(
    2,
    twoWayKeys.filter((_, i) => servedBefore[i]),
  );
  return state;
}

describe("the release check's search", () => {
  it("withholds exactly what the search as first written withholds, whatever was published and served before", () => {
    const officer = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(officer, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.boolean(), { minLength: oneWayKeys.length, maxLength: oneWayKeys.length }),
        fc.array(fc.boolean(), { minLength: byBAndC.length, maxLength: byBAndC.length }),
        fc.array(fc.boolean(), { minLength: twoWayKeys.length, maxLength: twoWayKeys.length }),
        fc.boolean(),
        (officers, k, published, served, servedBefore, shared) => {
          const atoms = atomsOf(officers);
          // The new table asks for every figure of the two-way table, as a copy of table 2 (served before in part):
          // its atoms' values the very same as table 2's (as listAtoms gives a table asked for twice), or equal copies.
          const withNew = atoms.map((atom) => ({ ...atom, signature: [...atom.signature, shared ? atom.signature[2]! : structuredClone(atom.signature[2]!)] }));
          const suppress = (withheld: Set<string>) => twoWayKeys.filter((key) => !withheld.has(JSON.stringify(key)));
          const fast = stateOf(withNew, k, published, served, servedBefore).protect(3, suppress);
          const reference = protectAsFirstWritten(stateOf(withNew, k, published, served, servedBefore), 3, suppress);
          expect(fast.shown).toEqual(reference.shown);
          expect([...fast.withheld]).toEqual([...reference.withheld]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("answers a table already served in full at once, withholding nothing more", () => {
    const atoms = atomsOf([
      [0, 0, 0, true],
      [0, 1, 0, true],
      [1, 0, 1, true],
      [2, 1, 1, true],
      [2, 1, 0, true],
    ]).map((atom) => ({ ...atom, signature: [...atom.signature, atom.signature[2]!] }));
    const state = new ReleaseState(atoms, 5);
    const shown: ReleaseKey[] = [
      ["x", null],
      [null, null],
    ];
    state.serve(2, shown);
    expect(state.protect(3, () => shown)).toEqual({ shown, withheld: new Set() });
  });
});
