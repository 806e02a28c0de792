import { specText, type Atom, type ReleaseSpec } from "./release-check";

/**
 * The atoms of a set of distinct tables in a compact form: per table, each atom's value
 * as a number standing for one of the table's few distinct values (its cells). At a
 * national size there are some 100,000 atoms over twenty tables; as objects they took 8 s
 * to copy to a worker thread (2 December 2026), as numbers a few milliseconds.
 */
export interface AtomSet {
  /** Per table, its distinct values as JSON texts (a value: per dimension the values an atom holds). */
  values: string[][];
  /** Per table, each atom's value: its place in `values`, or -1 where the atom is outside the table. */
  ids: Int32Array[];
  /** Each atom's officers. */
  counts: Float64Array;
}

/** Builds an atom set a group at a time: groups alike in every table are one atom. */
export class AtomSetBuilder {
  private readonly valueIds: Map<string, number>[];
  private readonly values: string[][];
  private readonly atoms = new Map<string, number>();
  private readonly ids: number[][];
  private readonly counts: number[] = [];

  constructor(tables: number) {
    this.valueIds = Array.from({ length: tables }, () => new Map());
    this.values = Array.from({ length: tables }, () => []);
    this.ids = Array.from({ length: tables }, () => []);
  }

  /** Adds officers with these values (null outside a table); a group outside every table is no atom. */
  add(signature: (string[][] | null)[], count: number): void {
    if (signature.every((value) => value === null)) return;
    const ids = signature.map((value, t) => {
      if (value === null) return -1;
      const text = JSON.stringify(value);
      let id = this.valueIds[t]!.get(text);
      if (id === undefined) {
        id = this.values[t]!.length;
        this.values[t]!.push(text);
        this.valueIds[t]!.set(text, id);
      }
      return id;
    });
    const name = ids.join(",");
    const atom = this.atoms.get(name);
    if (atom !== undefined) {
      this.counts[atom]! += count;
      return;
    }
    this.atoms.set(name, this.counts.length);
    ids.forEach((id, t) => this.ids[t]!.push(id));
    this.counts.push(count);
  }

  build(): AtomSet {
    return { values: this.values, ids: this.ids.map((list) => Int32Array.from(list)), counts: Float64Array.from(this.counts) };
  }
}

/** The distinct tables of a list, in one order whatever order they were named in. */
export function distinctSpecs(specs: ReleaseSpec[]): ReleaseSpec[] {
  const byText = new Map(specs.map((spec) => [specText(spec), spec]));
  return [...byText.keys()].sort().map((text) => byText.get(text)!);
}

/**
 * The atoms of `grouped` (distinct tables) as a request naming `specs` (each one of them)
 * takes them: a table asked for twice shares its values (the very same arrays, which the
 * release check recognises), and the atoms come in one order, by their values in the
 * distinct tables in the order first asked for, so that the same data gives the same decision.
 */
export function arrangeAtoms(grouped: ReleaseSpec[], set: AtomSet, specs: ReleaseSpec[]): Atom[] {
  const groupedTexts = grouped.map(specText);
  const texts = specs.map(specText);
  const distinct = [...new Set(texts)];
  const fromGrouped = distinct.map((text) => {
    const at = groupedTexts.indexOf(text);
    if (at < 0) throw new Error(`The atoms were not grouped by ${text}`);
    return at;
  });
  const placeOf = texts.map((text) => distinct.indexOf(text));
  // Each distinct value read once, and shared by every atom holding it.
  const parsed = fromGrouped.map((g) => set.values[g]!.map((text) => JSON.parse(text) as string[][]));
  const order = Array.from(set.counts, (_, atom) => ({
    atom,
    text: `[${fromGrouped.map((g) => (set.ids[g]![atom]! < 0 ? "null" : set.values[g]![set.ids[g]![atom]!])).join(",")}]`,
  })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return order.map(({ atom }) => {
    const perDistinct = fromGrouped.map((g, i) => {
      const id = set.ids[g]![atom]!;
      return id < 0 ? null : parsed[i]![id]!;
    });
    return { signature: placeOf.map((i) => perDistinct[i] ?? null), count: set.counts[atom]! };
  });
}
