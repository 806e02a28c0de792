/**
 * Suggests the people records a chat participant may be, by name alone. A chat name is
 * whatever the phone's owner saved ("Dave S", "PC Smith 🚓", "j.smith"), so this only
 * ranks candidates for the investigator to confirm; it never decides.
 */

export type PersonSuggestion<P> = { person: P; score: number; reason: string };

// Ranks and titles people put in front of a name; they say nothing about who it is.
const TITLES = new Set([
  "pc",
  "wpc",
  "dc",
  "ps",
  "ds",
  "sgt",
  "insp",
  "di",
  "ci",
  "supt",
  "ch",
  "det",
  "sergeant",
  "inspector",
  "constable",
  "officer",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "sir",
]);

/** Lower case, no accents, no punctuation or emoji, no titles: "PC Éamonn O'Neil 🚓" → ["eamonn", "oneil"]. */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((token) => token && !TITLES.has(token));
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** How well a chat name fits a person's recorded name, 0 to 100, with the reason in words. */
export function nameMatch(chatName: string, personName: string): { score: number; reason: string } {
  const chat = nameTokens(chatName);
  const person = nameTokens(personName);
  const none = { score: 0, reason: "" };
  if (chat.length === 0 || person.length === 0 || chat.every((t) => /^\d+$/.test(t))) return none;
  const [chatFirst, chatLast] = [chat[0]!, chat.at(-1)!];
  const [first, last] = [person[0]!, person.at(-1)!];

  if (chat.join(" ") === person.join(" ")) return { score: 100, reason: "Same name" };
  if (chat.length > 1 && [...chat].sort().join(" ") === [...person].sort().join(" ")) return { score: 90, reason: "Same names in another order" };
  if (chat.length > 1 && person.length > 1) {
    if (chatFirst === first && chatLast === last) return { score: 85, reason: "Same forename and surname" };
    if (chatLast === last && chatFirst.length === 1 && first.startsWith(chatFirst)) return { score: 80, reason: "Initial and surname" };
    if (chatLast === last && commonPrefix(chatFirst, first) >= 3) return { score: 70, reason: "Short form of the forename, same surname" };
    if (chatFirst === first && chatLast.length === 1 && last.startsWith(chatLast)) return { score: 70, reason: "Forename and initial of the surname" };
    if (chatLast === last) return { score: 50, reason: "Same surname" };
  }
  if (chat.length === 1) {
    const only = chatFirst;
    if (person.length > 1 && only === last) return { score: 60, reason: "Same surname" };
    if (person.length > 1 && only.length >= 2 && only.length <= 3 && only === person.map((t) => t[0]).join("")) return { score: 40, reason: "Initials" };
    if (only === first) return { score: 30, reason: "Same forename" };
  }
  return none;
}

/**
 * The people a chat participant may be, best first (ties by name), at most `limit`.
 * Takes the people records the viewer may see; returns only those with some match.
 */
export function suggestPeople<P extends { name: string }>(chatName: string, people: readonly P[], limit = 5): PersonSuggestion<P>[] {
  const suggestions: PersonSuggestion<P>[] = [];
  for (const person of people) {
    const { score, reason } = nameMatch(chatName, person.name);
    if (score > 0) suggestions.push({ person, score, reason });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name)).slice(0, limit);
}
