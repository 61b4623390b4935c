/** Case- and accent-insensitive form of a text: "Société Générale" → "societe generale". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** True when every word of the query appears somewhere in the folded haystack. */
export function matches(haystack: string, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  for (const word of foldedQuery.split(/\s+/)) {
    if (word && !haystack.includes(word)) return false;
  }
  return true;
}
