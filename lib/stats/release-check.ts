import type { SubjectFilter } from "@/lib/validation/stats";
import type { StatDimension } from "./dimensions";
import { SubsetRows, SubsetSpan } from "./subset-span";

/**
 * The release check: a new table is weighed against everything already out (published
 * responses, and what the same role has been served lately), so that no combination of
 * them works out a group of 1 to k-1 officers that none of them shows.
 *
 * Every table is a rule putting each subject officer in a cell (or outside the table).
 * Putting the rules of all the tables together splits the officers into "atoms": the
 * groups of officers who fall in the same cell of every table. A figure shown is an
 * equation over atoms; a hidden cell, or an atom itself (the January-March officers of
 * one year, found by a financial-year table beside a calendar-year one; the officers
 * whose finding changed between two as-at dates), is a sum of atoms. Whether the shown
 * figures pin a sum to one value is decided exactly by the row-space test of
 * lib/stats/disclosure-audit.ts. The check hides further figures of the new table until
 * it pins no group of 1 to k-1 that was not already pinned before it.
 */

/** What a table counts: its dimensions, period, as-at date and filters. */
export type ReleaseSpec = SubjectFilter & { dimensions: StatDimension[]; asAt?: string };

/** A figure of a table: per dimension a value, any of several values, or null for all. */
export type ReleaseKey = (string | string[] | null)[];

/** A table as served: its definition and the figures it showed. */
export interface ServedTable {
  spec: ReleaseSpec;
  shown: ReleaseKey[];
}

/** A group of officers alike in every table: per table, their values (several for Standards), or null outside it. */
export interface Atom {
  signature: (string[][] | null)[];
  count: number;
}

export function keyMatches(values: string[][] | null, key: ReleaseKey): boolean {
  if (values === null) return false;
  return key.every((want, d) => want === null || (typeof want === "string" ? values[d]!.includes(want) : values[d]!.some((v) => want.includes(v))));
}

/** A spec in one spelling: every field present, null when unset, filter lists sorted. */
export interface CanonicalSpec {
  dimensions: StatDimension[];
  from: number | null;
  to: number | null;
  asAt: string | null;
  platform: string[] | null;
  rank_group: string[] | null;
  device: string[] | null;
}

const filterLists = ["platform", "rank_group", "device"] as const;

export function canonicalSpec(spec: ReleaseSpec): CanonicalSpec {
  const sorted = (list?: readonly string[]) => (list && list.length > 0 ? [...list].sort() : null);
  return {
    dimensions: spec.dimensions,
    from: spec.from ?? null,
    to: spec.to ?? null,
    asAt: spec.asAt ?? null,
    platform: sorted(spec.platform),
    rank_group: sorted(spec.rank_group),
    device: sorted(spec.device),
  };
}

/** The spec a canonical one stands for, unset fields left out again. */
export function specOfCanonical(canonical: CanonicalSpec): ReleaseSpec {
  const spec: ReleaseSpec = { dimensions: canonical.dimensions };
  if (canonical.from !== null) spec.from = canonical.from;
  if (canonical.to !== null) spec.to = canonical.to;
  if (canonical.asAt !== null) spec.asAt = canonical.asAt;
  for (const key of filterLists) {
    const values = canonical[key];
    if (values !== null) (spec as unknown as Record<string, unknown>)[key] = values;
  }
  return spec;
}

/** A canonical text for a spec, so that tables asked for twice are weighed once. */
export function specText(spec: ReleaseSpec): string {
  return JSON.stringify(canonicalSpec(spec));
}

export interface Disclosure {
  /** Which table and figure, or which atom, would be worked out. */
  what: { table: number; key: ReleaseKey } | { atom: number };
  value: number;
}

/** A group of officers a reader could be after: its atoms and how many officers they hold. */
interface Group {
  what: Disclosure["what"];
  members: number[];
  value: number;
}

/**
 * The state of what is out, over a fixed set of tables and their atoms. Published
 * equations come first (they decide what counts as released), then what the role has
 * been served, then each new table in turn. Spans are kept as sets of atoms
 * (lib/stats/subset-span.ts), so the work grows with the figures, not with the atoms.
 */
export class ReleaseState {
  private readonly rows: SubsetRows;
  private readonly published: SubsetSpan;
  private known: SubsetSpan;
  private readonly tableCount: number;

  constructor(
    readonly atoms: Atom[],
    readonly k: number,
  ) {
    this.rows = new SubsetRows(atoms.length);
    this.published = new SubsetSpan(this.rows);
    this.known = new SubsetSpan(this.rows);
    this.tableCount = atoms[0]?.signature.length ?? 0;
    this.sameAs = Array.from({ length: this.tableCount }, (_, t) => {
      for (let earlier = 0; earlier < t; earlier++) if (atoms.every((atom) => atom.signature[t] === atom.signature[earlier])) return earlier;
      return t;
    });
  }

  /**
   * Per table, the first table splitting the officers exactly as it does (the atoms share
   * their values: a table served before and asked for again), so that its figures are one
   * row of the spans and its cells are weighed once.
   */
  private readonly sameAs: number[];

  /** Members by table and key: the atoms never change, and the search asks for the same ones many times over. */
  private readonly memberCache = new Map<string, number[]>();
  private readonly releasedCache = new Map<string, boolean>();
  private openCache: { rank: number; list: Group[] } | null = null;
  private sensitiveCache: Group[] | null = null;

  members(asked: number, key: ReleaseKey): number[] {
    const table = this.sameAs[asked] ?? asked;
    const cacheKey = `${table}\u0000${JSON.stringify(key)}`;
    const kept = this.memberCache.get(cacheKey);
    if (kept) return kept;
    // Only the atoms holding the key's rarest value need checking: at a national scale a table has 100,000 atoms and a key a few.
    const index = this.indexOf(table);
    let candidates = index.inTable;
    let conditions = 0;
    key.forEach((want, d) => {
      if (want === null) return;
      conditions++;
      const lists = (typeof want === "string" ? [want] : want).map((value) => index.byValue[d]?.get(value) ?? []);
      const holding = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a - b);
      if (holding.length < candidates.length) candidates = holding;
    });
    // With one condition the atoms holding it are the answer; with more, the rarest's are checked against the rest.
    const out = conditions <= 1 ? [...candidates] : candidates.filter((i) => keyMatches(this.atoms[i]!.signature[table] ?? null, key));
    this.memberCache.set(cacheKey, out);
    return out;
  }

  private readonly indexes = new Map<number, { inTable: number[]; byValue: Map<string, number[]>[] }>();

  /** Per table, the atoms in it, and per dimension and value the atoms holding it, in atom order. */
  private indexOf(table: number): { inTable: number[]; byValue: Map<string, number[]>[] } {
    let index = this.indexes.get(table);
    if (!index) {
      const inTable: number[] = [];
      const byValue: Map<string, number[]>[] = [];
      for (let i = 0; i < this.atoms.length; i++) {
        const values = this.atoms[i]!.signature[table];
        if (!values) continue;
        inTable.push(i);
        for (let d = 0; d < values.length; d++) {
          const options = values[d]!;
          const lists = (byValue[d] ??= new Map());
          for (const value of options.length === 1 ? options : new Set(options)) {
            const list = lists.get(value);
            if (list) list.push(i);
            else lists.set(value, [i]);
          }
        }
      }
      index = { inTable, byValue };
      this.indexes.set(table, index);
    }
    return index;
  }

  value(members: number[]): number {
    return members.reduce((sum, i) => sum + this.atoms[i]!.count, 0);
  }

  /** The figure's equation, as a row of the spans. */
  private row(table: number, key: ReleaseKey): number {
    return this.rows.register(`${this.sameAs[table] ?? table}\u0000${JSON.stringify(key)}`, this.members(table, key));
  }

  /** Adds figures everyone can see (a published response); all of them before any table is weighed. */
  publish(table: number, keys: ReleaseKey[]): void {
    this.releasedCache.clear();
    for (const key of keys) {
      const row = this.row(table, key);
      this.published.add(row);
      this.known.add(row);
    }
  }

  /** Adds figures this role has been served. */
  serve(table: number, keys: ReleaseKey[]): void {
    for (const key of keys) this.known.add(this.row(table, key));
  }

  /** Whether published figures alone already determine this figure (then it is shown exactly, as published). */
  isReleased(table: number, key: ReleaseKey): boolean {
    // What is published is fixed before any table is weighed, so each answer holds for the state's life.
    const cacheKey = `${table}\u0000${JSON.stringify(key)}`;
    let released = this.releasedCache.get(cacheKey);
    if (released === undefined) {
      released = this.published.containsRow(this.row(table, key));
      this.releasedCache.set(cacheKey, released);
    }
    return released;
  }

  /** Small groups a reader could be after: every atom, and every cell of every table (full keys). The same for the state's life: found once. */
  private sensitive(): Group[] {
    this.sensitiveCache ??= this.findSensitive();
    return this.sensitiveCache;
  }

  private findSensitive(): Group[] {
    const out: Group[] = [];
    this.atoms.forEach((atom, i) => atom.count < this.k && out.push({ what: { atom: i }, members: [i], value: atom.count }));
    for (let t = 0; t < this.tableCount; t++) {
      if (this.sameAs[t] !== t) continue;
      // Every cell of the table with its atoms, in one pass over them.
      const cells = new Map<string, { key: string[]; members: number[] }>();
      this.atoms.forEach((atom, i) => {
        const values = atom.signature[t];
        if (!values) return;
        // Every cell an atom falls in (several where a subject breached several Standards).
        const combos = values.every((options) => options.length === 1)
          ? [values.map((options) => options[0]!)]
          : values.reduce<string[][]>((acc, options) => acc.flatMap((prefix) => [...new Set(options)].map((o) => [...prefix, o])), [[]]);
        for (const combo of combos) {
          const text = combo.join("\u0000");
          const cell = cells.get(text);
          if (cell) cell.members.push(i);
          else cells.set(text, { key: combo, members: [i] });
        }
      });
      for (const { key, members } of cells.values()) {
        const value = this.value(members);
        if (value >= 1 && value < this.k && members.length > 1) out.push({ what: { table: t, key }, members, value });
      }
    }
    return out;
  }

  /** Small groups not yet pinned down by what is out: the ones a new table must not pin. Computed once per table. */
  private open(): Group[] {
    // What is known only grows, so a group pinned stays pinned: the groups still open are
    // those open last time that the figures added since have not pinned.
    if (this.openCache?.rank !== this.known.rank) {
      const from = this.openCache?.list ?? this.sensitive();
      this.openCache = { rank: this.known.rank, list: from.filter((q) => !this.known.containsSet(q.members)) };
    }
    return this.openCache.list;
  }

  /** Groups of 1 to k-1 that the figures would pin to one value, and that were not pinned before them. */
  disclosures(table: number, shown: ReleaseKey[], open = this.open()): Disclosure[] {
    return this.pinnedBy(table, shown, open).map(({ what, value }) => ({ what, value }));
  }

  /** The groups, of those given, that what is known and these figures together pin down, in the order given. */
  private pinnedBy(table: number, shown: ReleaseKey[], groups: Group[]): Group[] {
    const after = this.known.clone();
    for (const key of shown) after.add(this.row(table, key));
    return groups.filter((q) => after.containsSet(q.members));
  }

  /**
   * Protects a new table: `suppress(withheld)` gives the figures the table shows under its
   * own rule with those withheld too. Figures are withheld one at a time, the smallest
   * that shares officers with a group that would be given away, until none is.
   */
  protect(table: number, suppress: (withheld: Set<string>) => ReleaseKey[]): { shown: ReleaseKey[]; withheld: Set<string> } {
    const withheld = new Set<string>();
    const first = suppress(withheld);
    // Figures whose equations are all already known (a table served before, asked for
    // again) add nothing to what is out, so they pin no group that was not pinned
    // before: the answer the search below would give, without weighing every group.
    if (first.every((key) => this.known.containsRow(this.row(table, key)))) return { shown: first, withheld };
    let previous: { shown: Set<string>; pinned: Group[] } = { shown: new Set(first.map((key) => JSON.stringify(key))), pinned: this.open() };
    for (;;) {
      const shown = withheld.size === 0 ? first : suppress(withheld);
      // Fewer figures pin fewer groups: when this round shows a subset of the last one's,
      // only the groups the last round pinned can still be pinned (at a national size,
      // a few against some 100,000 open ones), and they come in the same order.
      const texts = shown.map((key) => JSON.stringify(key));
      const weighed = texts.every((text) => previous.shown.has(text)) ? previous.pinned : this.open();
      const found = this.pinnedBy(table, shown, weighed);
      if (found.length === 0) return { shown, withheld };
      previous = { shown: new Set(texts), pinned: found };
      const at = found[0]!.what;
      const exposed = new Set("atom" in at ? [at.atom] : this.members(at.table, at.key));
      const candidates = shown
        .filter((key) => !this.isReleased(table, key))
        .map((key) => ({ key, members: this.members(table, key) }))
        .filter(({ members }) => members.length > 0)
        .sort(
          (a, b) =>
            Number(b.members.some((m) => exposed.has(m))) - Number(a.members.some((m) => exposed.has(m))) || this.value(a.members) - this.value(b.members),
        );
      const next = candidates[0];
      if (!next) throw new Error("The release check found nothing left to withhold"); // cannot happen: released figures pin nothing new
      withheld.add(JSON.stringify(next.key));
    }
  }
}
