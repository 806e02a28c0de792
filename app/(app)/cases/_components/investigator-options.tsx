/** An investigator as the assignment forms offer them: name, team, and how many open cases they hold. */
export interface InvestigatorChoice {
  id: number;
  name: string;
  team: string | null;
  open: number;
}

/** The options of an assignment form's investigator list, after its own first option. */
export function InvestigatorOptions({ investigators }: { investigators: InvestigatorChoice[] }) {
  return investigators.map((person) => (
    <option key={person.id} value={person.id}>
      {person.name}
      {person.team ? `, ${person.team}` : ""} ({person.open} open)
    </option>
  ));
}
