/**
 * The span of a set of published equations (each a 0/1 row over the unknown counts), kept
 * in echelon form so that new rows can be added one at a time. A quantity is worked out
 * exactly from what is published when its row lies in this span: that is the question
 * disclosure control asks of every hidden figure (see lib/stats/disclosure-audit.ts for
 * why the span answers it exactly when every unknown is positive).
 */
const EPSILON = 1e-9;

export class RowSpace {
  private readonly rows: Float64Array[] = [];
  private readonly pivots: number[] = [];

  constructor(readonly size: number) {}

  get rank(): number {
    return this.rows.length;
  }

  /** What is left of a row once everything in the span is taken out of it (zero for a row in the span). */
  reduce(row: ArrayLike<number>): Float64Array {
    return this.reduceInto(row, new Float64Array(row.length));
  }

  private reduceInto(row: ArrayLike<number>, v: Float64Array): Float64Array {
    v.set(row);
    // Rows were reduced by every earlier row when added, so one pass in order clears each pivot for good.
    for (let i = 0; i < this.rows.length; i++) {
      const basis = this.rows[i]!;
      const factor = v[this.pivots[i]!]!;
      if (Math.abs(factor) > EPSILON) for (let j = 0; j < v.length; j++) v[j]! -= factor * basis[j]!;
    }
    return v;
  }

  /** One buffer for membership tests, which are many and keep nothing. */
  private scratch: Float64Array | null = null;

  contains(row: ArrayLike<number>): boolean {
    const v = this.reduceInto(row, (this.scratch ??= new Float64Array(this.size)));
    for (let j = 0; j < v.length; j++) if (Math.abs(v[j]!) > 1e-7) return false;
    return true;
  }

  /** Adds a row; says whether it told anything new. */
  add(row: ArrayLike<number>): boolean {
    const v = this.reduce(row);
    let pivot = -1;
    for (let j = 0; j < v.length; j++) if (Math.abs(v[j]!) > 1e-7 && (pivot === -1 || Math.abs(v[j]!) > Math.abs(v[pivot]!))) pivot = j;
    if (pivot === -1) return false;
    const scale = v[pivot]!;
    for (let j = 0; j < v.length; j++) v[j] = Math.abs(v[j]!) <= EPSILON ? 0 : v[j]! / scale;
    this.rows.push(v);
    this.pivots.push(pivot);
    return true;
  }

  clone(): RowSpace {
    const copy = new RowSpace(this.size);
    copy.rows.push(...this.rows.map((r) => Float64Array.from(r)));
    copy.pivots.push(...this.pivots);
    return copy;
  }
}

/** A 0/1 row over `size` unknowns with ones at the given places. */
export function indicator(size: number, members: Iterable<number>): Float64Array {
  const row = new Float64Array(size);
  for (const i of members) row[i] = 1;
  return row;
}
