// French elision before a name filled into a message: "de Agence Œillet" reads
// "d'Agence Œillet", "le Hôtel" stays "le Hôtel" (an h is never elided here: whether
// it is mute depends on the word), and "de Yvelines SA" stays as it is (y before a
// vowel sound is a consonant in most company names).

/** Words that lose their vowel before one, and what they become. */
const ELIDED: Record<string, string> = { de: "d'", le: "l'", la: "l'", que: "qu'", ne: "n'", je: "j'" };

const VOWEL = /^[aeiouàâäæéèêëîïôöœùûü]/i;

/** Whether `word` starts with a vowel sound a French article elides before. */
export function startsWithVowel(word: string): boolean {
  return VOWEL.test(word.trimStart());
}

/**
 * `article` before `word`, elided when the word starts with a vowel: ("de", "Agence") →
 * "d'Agence", ("de", "Contoso") → "de Contoso". A capitalised article ("De", "Le") keeps
 * its capital.
 */
export function elide(article: string, word: string): string {
  const lower = article.toLowerCase();
  const short = ELIDED[lower];
  if (!short || !startsWithVowel(word)) return `${article} ${word}`;
  const capital = article.charAt(0) !== article.charAt(0).toLowerCase();
  const cased = capital ? short.charAt(0).toUpperCase() + short.slice(1) : short;
  return `${cased}${word.trimStart()}`;
}
