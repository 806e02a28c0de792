import { arrangeAtoms, type AtomSet } from "./atom-sets";
import { hiddenKeys, withHidden, type DisclosedResult } from "./disclose";
import { keyText, publishedKeys, tableLayout } from "./layout";
import { ReleaseState, type Atom, type ReleaseKey, type ReleaseSpec, type ServedTable } from "./release-check";
import type { StatsResult } from "./result";

/** A table to decide on, in plain data, so that the decision can be made on another thread. */
export interface TableToDecide {
  spec: ReleaseSpec;
  exact: StatsResult;
  /** Figures the screen leaves out (the dashboard's sanctions), as key texts. */
  notDisplayed: string[];
  /** Figures withheld whatever their size, as key texts. */
  withheld: string[];
}

/** Everything a decision depends on: it is a pure function of these. */
export interface DecisionInput {
  atoms: Atom[];
  k: number;
  /** Whether the role's history is weighed (roles without case access). */
  remembers: boolean;
  published: ServedTable[];
  served: ServedTable[];
  tables: TableToDecide[];
}

/**
 * A decision's inputs with the atoms as kept (grouped by the distinct tables, compact), to
 * be put in the request's order where the decision is made: on a worker thread at a
 * national size, where arranging them takes a second or two.
 */
export interface DecisionRequest extends Omit<DecisionInput, "atoms"> {
  /** The distinct tables the atoms were grouped by. */
  grouped: ReleaseSpec[];
  atomSet: AtomSet;
  /** Every table involved, in the check's order: published, served, asked for. */
  specs: ReleaseSpec[];
}

/** The decision for a request whose atoms are as kept. */
export function decideFromSet({ grouped, atomSet, specs, ...rest }: DecisionRequest): Decision {
  return decide({ ...rest, atoms: arrangeAtoms(grouped, atomSet, specs) });
}

/** What the check decided for a request: the tables as shown, and what to record as served. */
export interface Decision {
  results: DisclosedResult[];
  record: ServedTable[];
}

/**
 * The release check over the atoms of every table involved: published figures first,
 * then what the role was served, then each table asked for in turn, weighed with the
 * ones before it.
 */
export function decide({ atoms, k, remembers, published, served, tables }: DecisionInput): Decision {
  const state = new ReleaseState(atoms, k);
  published.forEach((t, i) => state.publish(i, t.shown));
  served.forEach((t, i) => state.serve(published.length + i, t.shown));

  const results: DisclosedResult[] = [];
  const record: ServedTable[] = [];
  tables.forEach((table, i) => {
    const index = published.length + served.length + i;
    const keys = publishedKeys(tableLayout(table.exact));
    const notDisplayed = new Set(table.notDisplayed);
    const chosen = new Set(table.withheld);
    const shownUnder = (withheld: Set<string>): ReleaseKey[] => {
      const hidden = hiddenKeys(table.exact, k, {
        released: (key) => state.isReleased(index, key),
        withheld: (key) => withheld.has(keyText(key)) || chosen.has(keyText(key)),
      });
      return keys.filter((key) => !hidden.has(keyText(key)) && !notDisplayed.has(keyText(key)));
    };
    const shown = remembers ? state.protect(index, shownUnder).shown : shownUnder(new Set());
    const shownText = new Set(shown.map((key) => JSON.stringify(key)));
    results.push(withHidden(table.exact, new Set(keys.map(keyText).filter((text) => !shownText.has(text) && !notDisplayed.has(text))), k));
    state.serve(index, shown);
    record.push({ spec: table.spec, shown });
  });
  return { results, record };
}
