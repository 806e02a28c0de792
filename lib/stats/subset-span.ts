/**
 * The span of 0/1 rows over many unknowns, kept without ever writing a row out in full.
 *
 * The release check asks, again and again, whether a group of atoms (a hidden cell, or
 * one atom) is a combination of the figures out. `RowSpace` answers it by elimination on
 * rows as long as the number of atoms: at a national scale (1,000,000 subject records give
 * some 130,000 atoms) that is a gigabyte a few hundred figures in, and the server runs out
 * of memory (`npm run bench`, 2 December 2026). Every row here is a set of atoms, and a
 * set's place against the span needs only its overlaps with the rows that span it: with
 * G the Gram matrix of those rows (the atoms two rows share) and w the overlaps of a set
 * v, the squared length of v's projection on the span is wᵀG⁻¹w, so v lies in the span
 * exactly when that equals |v|. G is kept as its Cholesky factor, grown a row at a time,
 * so the work is in the number of figures, not of atoms.
 */

/** Sets of atoms, each registered once, with the atoms they share (the Gram matrix). */
export class SubsetRows {
  /** Per atom, the ids of the registered rows that hold it. */
  private readonly columns: number[][];
  private readonly sizes: number[] = [];
  /** gram[a][b], b ≤ a: the atoms rows a and b share. */
  private readonly gram: Float64Array[] = [];
  private readonly ids = new Map<string, number>();

  constructor(readonly atomCount: number) {
    this.columns = Array.from({ length: atomCount }, () => []);
  }

  /** The id of a row, registering it the first time its name is seen. */
  register(name: string, members: readonly number[]): number {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const id = this.sizes.length;
    const shared = new Float64Array(id + 1);
    for (const atom of members) for (const other of this.columns[atom]!) shared[other]! += 1;
    shared[id] = members.length;
    for (const atom of members) this.columns[atom]!.push(id);
    this.gram.push(shared);
    this.sizes.push(members.length);
    this.ids.set(name, id);
    return id;
  }

  size(id: number): number {
    return this.sizes[id]!;
  }

  shared(a: number, b: number): number {
    return a >= b ? this.gram[a]![b]! : this.gram[b]![a]!;
  }

  /** The registered rows holding an atom. */
  rowsOf(atom: number): readonly number[] {
    return this.columns[atom]!;
  }
}

/**
 * Below this share of a set's size, what the span leaves of it counts as nothing. The
 * rows are whole numbers of atoms, so a set outside the span leaves a clear part of one
 * atom at least; what this absorbs is rounding in the factor.
 */
const TOLERANCE = 1e-8;

export class SubsetSpan {
  /** The rows spanning it, in the order added, and each one's place among them. */
  private readonly basis: number[] = [];
  private readonly place = new Map<number, number>();
  /** Cholesky factor of the basis rows' Gram matrix: lower[i] holds row i, i + 1 entries. */
  private readonly lower: Float64Array[] = [];
  /** The factor's inverse, worked out when sets are tested and dropped when a row is added. */
  private inverse: Float64Array[] | null = null;

  constructor(readonly rows: SubsetRows) {}

  get rank(): number {
    return this.basis.length;
  }

  /** The squared length of the projection of a set with these overlaps with the basis (place → atoms shared). */
  private projected(overlaps: Map<number, number>): number {
    const inverse = (this.inverse ??= this.invert());
    const entries = [...overlaps];
    let sum = 0;
    for (let i = 0; i < inverse.length; i++) {
      const row = inverse[i]!;
      let z = 0;
      for (const [j, w] of entries) if (j <= i) z += row[j]! * w;
      sum += z * z;
    }
    return sum;
  }

  private invert(): Float64Array[] {
    const n = this.lower.length;
    const inverse = Array.from({ length: n }, (_, i) => new Float64Array(i + 1));
    for (let col = 0; col < n; col++) {
      for (let i = col; i < n; i++) {
        let s = i === col ? 1 : 0;
        const li = this.lower[i]!;
        for (let j = col; j < i; j++) s -= li[j]! * inverse[j]![col]!;
        inverse[i]![col] = s / li[i]!;
      }
    }
    return inverse;
  }

  /** Forward substitution of a registered row's overlaps with the basis: its coordinates in the factor. */
  private solve(id: number): Float64Array {
    const z = new Float64Array(this.basis.length);
    for (let i = 0; i < this.basis.length; i++) {
      const li = this.lower[i]!;
      let s = this.rows.shared(id, this.basis[i]!);
      for (let j = 0; j < i; j++) s -= li[j]! * z[j]!;
      z[i] = s / li[i]!;
    }
    return z;
  }

  /** A registered row's coordinates in the factor, and whether what the span leaves of it is nothing. */
  private remainder(id: number): { z: Float64Array; left: number; inSpan: boolean } {
    const size = this.rows.size(id);
    const z = this.solve(id);
    let sum = 0;
    for (const v of z) sum += v * v;
    const left = size - sum;
    return { z, left, inSpan: left <= TOLERANCE * size };
  }

  /** Whether a registered row is a combination of the span's rows. */
  containsRow(id: number): boolean {
    if (this.place.has(id) || this.rows.size(id) === 0) return true;
    return this.remainder(id).inSpan;
  }

  /** Whether a set of atoms (any set, registered or not) is a combination of the span's rows. */
  containsSet(members: readonly number[]): boolean {
    if (members.length === 0) return true;
    const overlaps = new Map<number, number>();
    for (const atom of members) {
      for (const id of this.rows.rowsOf(atom)) {
        const at = this.place.get(id);
        if (at !== undefined) overlaps.set(at, (overlaps.get(at) ?? 0) + 1);
      }
    }
    if (overlaps.size === 0) return false;
    return members.length - this.projected(overlaps) <= TOLERANCE * members.length;
  }

  /** Adds a registered row; says whether it told anything new. */
  add(id: number): boolean {
    if (this.place.has(id) || this.rows.size(id) === 0) return false;
    const { z, left, inSpan } = this.remainder(id);
    if (inSpan) return false;
    const row = new Float64Array(z.length + 1);
    row.set(z);
    row[z.length] = Math.sqrt(left);
    this.place.set(id, this.basis.length);
    this.basis.push(id);
    this.lower.push(row);
    this.inverse = null;
    return true;
  }

  clone(): SubsetSpan {
    const copy = new SubsetSpan(this.rows);
    copy.basis.push(...this.basis);
    for (const [id, at] of this.place) copy.place.set(id, at);
    // Rows of the factor never change once added, so the copy may share them.
    copy.lower.push(...this.lower);
    copy.inverse = this.inverse;
    return copy;
  }
}
