import type { StatDimension } from "./dimensions";
import { keyLabel } from "./grid";
import { tableLayout, type CellKey } from "./layout";
import type { StatsResult } from "./result";

/** The dimensions that say what happened to an officer: a group that all shares one of them has it disclosed. */
export const attributeDimensions: readonly StatDimension[] = ["finding", "sanction"];

export interface AttributeDisclosure {
  /** The cells of the group (its row or column), as the release check names them. */
  cells: CellKey[];
  group: string;
  attribute: string;
  count: number;
}

/**
 * Attribute disclosure: a row (or column) in which every officer counted shares one
 * finding or outcome tells anyone who knows that one of them was investigated what
 * happened to them, whatever the count. A one-way table by finding or sanction is one
 * such group: the whole selection. Found on the exact figures, so that a withheld cell
 * does not hide the question from the FoI officer.
 */
export function attributeDisclosures(exact: StatsResult): AttributeDisclosure[] {
  const dims = exact.dimensions;
  const at = dims.findIndex((d) => attributeDimensions.includes(d));
  if (at === -1 || dims.length > 2) return [];
  const layout = tableLayout(exact);
  const count = new Map(exact.rows.map((r) => [dims.map((d) => String(r[d])).join("\u0000"), r.count]));
  const attributeDim = dims[at]!;
  const groupDim = dims.length === 2 ? dims[1 - at]! : null;
  const attributeKeys = at === dims.length - 1 ? layout.colKeys : layout.rowKeys.map((k) => k[0]!);
  const groupKeys = groupDim === null ? [null] : at === 0 ? layout.colKeys : layout.rowKeys.map((k) => k[0]!);
  const found: AttributeDisclosure[] = [];
  for (const group of groupKeys) {
    const keyOf = (value: string): CellKey => (groupDim === null ? [value] : at === 0 ? [value, group] : [group, value]);
    const counts = attributeKeys.map((value) => ({ value, n: count.get(keyOf(value).join("\u0000")) ?? 0 }));
    const nonZero = counts.filter((c) => c.n > 0);
    if (nonZero.length !== 1) continue;
    found.push({
      cells: attributeKeys.map(keyOf),
      group: groupDim === null ? "The whole selection" : keyLabel(groupDim, group!),
      attribute: keyLabel(attributeDim, nonZero[0]!.value),
      count: nonZero[0]!.n,
    });
  }
  return found;
}
