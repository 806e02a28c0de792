/**
 * A person's search as a full-text prefix query: each word (letters and digits only,
 * so nothing of tsquery's syntax gets through) must begin a word of the text. Indexed
 * by GIN, where the `like '% word%'` it replaces read every row; capped at eight words.
 * Null when the search has no word at all.
 */
export function prefixQuery(search: string): string | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `${word.slice(0, 40)}:*`);
  return words.length === 0 ? null : words.join(" & ");
}
