/**
 * The people a report names in its free-text "who was involved" ("PC Dave Smith and
 * Sgt Jones; the whole relief"), one per name, so that each can be matched to the people
 * records and offered as a candidate subject when the report becomes a case. Only a
 * reading for the investigator to confirm: nothing here decides who is a subject.
 */

// At most this many: a report naming a whole relief still gets a page a person can read.
export const MAX_NAMED = 10;

export function namedPeople(peopleInvolved: string | null): string[] {
  if (!peopleInvolved) return [];
  // An aside in brackets describes someone ("(the sergeant)"); it is not another name.
  const parts = peopleInvolved.replace(/\([^)]*\)/g, " ").split(/[,;\n/+&]|\band\b/i);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of parts) {
    const name = part.replace(/\s+/g, " ").replace(/^[-–•*.\s]+|[-–.\s]+$/g, "");
    if (!/\p{L}/u.test(name)) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name.slice(0, 200));
    if (names.length === MAX_NAMED) break;
  }
  return names;
}
