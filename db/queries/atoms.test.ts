import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows, type Database } from "@/db/index";
import type { Atom, ReleaseSpec } from "@/lib/stats/release-check";
import { databaseKinds, useSeededDatabase } from "@/tests/databases";
import { listAtoms } from "./disclosure";
import { dimensionSqlFor, subjectWhere } from "./subject-sql";

/**
 * The atoms by their definition, as the release check first read them: every subject
 * officer's cell in every table, worked out in SQL by the statistics' own pieces
 * (dimensionSqlFor, subjectWhere), then grouped. listAtoms groups the columns first and
 * applies the same rules to each group; it must give the same atoms.
 */
async function atomsByDefinition(db: Database, specs: ReleaseSpec[]): Promise<Atom[]> {
  const signature = (spec: ReleaseSpec): SQL => {
    const dims = dimensionSqlFor(spec.asAt);
    const standards = sql.raw(
      `case when cardinality(s.standards) > 0 then array_to_string(array(select unnest(s.standards::text[]) order by 1), '|') else 'not_recorded' end`,
    );
    return sql`case when ${subjectWhere(spec)} then json_build_array(${sql.join(
      spec.dimensions.map((d) => (d === "standard" ? standards : dims[d])),
      sql`, `,
    )})::text end`;
  };
  const names = specs.map((_, i) => sql.identifier(`t${i}`));
  const rows = await selectRows<Record<string, string | number | null>>(
    db,
    sql`select ${sql.join(names, sql`, `)}, count(*)::int as n
        from (select ${sql.join(
          specs.map((spec, i) => sql`${signature(spec)} as ${names[i]!}`),
          sql`, `,
        )} from subjects s join cases c on c.id = s.case_id) as signed
        group by ${sql.join(names, sql`, `)}`,
  );
  return rows
    .map((row) => ({
      count: Number(row.n),
      signature: specs.map((spec, i) => {
        const text = row[`t${i}`];
        if (text === null || text === undefined) return null;
        return (JSON.parse(String(text)) as (string | number)[]).map((v, d) => (spec.dimensions[d] === "standard" ? String(v).split("|").sort() : [String(v)]));
      }),
    }))
    .filter((atom) => atom.signature.some((s) => s !== null));
}

const inOneOrder = (atoms: Atom[]) => atoms.map((atom) => JSON.stringify([atom.signature, atom.count])).sort();

const specSets: [string, ReleaseSpec[]][] = [
  [
    "the dashboard's tables beside the published ones",
    [
      { dimensions: ["year"], from: 2018, to: 2021 },
      { dimensions: ["rank_group"], from: 2018, to: 2021 },
      { dimensions: ["finding"], from: 2018, to: 2021 },
      { dimensions: ["sanction"], from: 2018, to: 2021 },
      { dimensions: ["year", "finding"] },
      { dimensions: ["rank_group"] },
      { dimensions: ["sanction"] },
      { dimensions: ["platform"] },
      { dimensions: ["device"] },
      { dimensions: ["source"] },
      { dimensions: ["standard"] },
    ],
  ],
  [
    "financial years, ranks and Standards as at two dates, filtered",
    [
      { dimensions: ["financial_year", "rank"], asAt: "2021-06-30" },
      { dimensions: ["finding", "sanction"], asAt: "2022-01-31", platform: ["whatsapp"] },
      { dimensions: ["standard", "year"], from: 2019, rank_group: ["constable"] },
      { dimensions: ["device"], to: 2022, device: ["personal", "not_known"] },
    ],
  ],
  [
    "each member's part in a group chat, a table asked for twice",
    [{ dimensions: ["group_part", "year"] }, { dimensions: ["group_part", "year"] }, { dimensions: ["finding"] }],
  ],
];

describe.each(databaseKinds)("atoms of the release check on %s", (kind) => {
  const handle = useSeededDatabase(kind);

  it.each(specSets)("are the officers grouped by their cell in every table: %s", async (_, specs) => {
    const atoms = await listAtoms(handle.db, specs);
    expect(atoms.length).toBeGreaterThan(specs.length);
    expect(inOneOrder(atoms)).toEqual(inOneOrder(await atomsByDefinition(handle.db, specs)));
  });

  it("come in one order, whatever order the database groups them in", async () => {
    const specs = specSets[0]![1];
    expect(await listAtoms(handle.db, specs)).toEqual(await listAtoms(handle.db, [...specs]));
    const texts = (await listAtoms(handle.db, specs)).map((atom) => JSON.stringify(atom.signature));
    expect(texts).toEqual([...texts].sort());
  });
});
