/**
 * What search folds before it asks the index (docs/search.md): case, accents, and British and
 * American spellings. Neo4j's built-in analysers fold case and accents (`standard-folding`) or
 * stem English (`english`), but none knows that licence and license are one word, and a custom
 * analyser would be a Java plugin on every server. So each word the user types is searched in all
 * its spellings: "license" asks for licence too, and "licensing" for licencing, which the
 * `english` analyser then stems to the same root as the indexed "licence".
 */

/** Lower case, accents removed: "Côte" → "cote". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Each rule rewrites a word's ending one way; both directions are listed. Short words are left
 * alone where a rule would only make noise ("for" is not "four").
 */
const RULES: { from: RegExp; to: string; minLength: number }[] = [
  // licence/license, defence/defense, offence/offense, and their forms
  { from: /enc(e|es|ed|ing)$/, to: 'ens$1', minLength: 6 },
  { from: /ens(e|es|ed|ing)$/, to: 'enc$1', minLength: 6 },
  // nationalise/nationalize, organisation/organization, analyse/analyze
  { from: /is(e|es|ed|ing|ation|ations|er|ers)$/, to: 'iz$1', minLength: 6 },
  { from: /iz(e|es|ed|ing|ation|ations|er|ers)$/, to: 'is$1', minLength: 6 },
  { from: /ys(e|es|ed|ing|is)$/, to: 'yz$1', minLength: 6 },
  { from: /yz(e|es|ed|ing|is)$/, to: 'ys$1', minLength: 6 },
  // colour/color, labour/labor, favourite/favorite
  { from: /our(s|ed|ing|ite|ites|able)?$/, to: 'or$1', minLength: 5 },
  { from: /([^aeiou])or(s|ed|ing|ite|ites|able)?$/, to: '$1our$2', minLength: 5 },
  // centre/center, metre/meter
  { from: /([^aeiou])re(s|d)?$/, to: '$1er$2', minLength: 6 },
  { from: /([^aeiou])er(s|ed)?$/, to: '$1re$2', minLength: 6 },
  // travelling/traveling, cancelled/canceled, modelling/modeling
  { from: /([^aeiou][aeiou])ll(ing|ed|er|ers)$/, to: '$1l$2', minLength: 8 },
  { from: /([^aeiou][aeiou])l(ing|ed|er|ers)$/, to: '$1ll$2', minLength: 7 },
  // catalogue/catalog, dialogue/dialog
  { from: /ogue(s)?$/, to: 'og$1', minLength: 6 },
  { from: /og(s)?$/, to: 'ogue$1', minLength: 5 },
];

/** A word in all the spellings search tries: itself first, then its British/American twins. */
export function spellings(word: string): string[] {
  const folded = fold(word);
  const variants = new Set([folded]);
  for (const { from, to, minLength } of RULES) {
    if (folded.length >= minLength && from.test(folded)) variants.add(folded.replace(from, to));
  }
  return [...variants];
}

/**
 * The edit distance fuzzy matching allows a word, by its length: none for up to 3 letters (KHI
 * must not find MHI), 1 for 4 or 5 ("earht", "nomra"), 2 from 6 ("Mitsubshi", "Takiachi").
 */
export function editDistanceFor(word: string): 0 | 1 | 2 {
  const length = [...word].length;
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/** Optimal string alignment distance: Levenshtein plus swapping two neighbours, as Lucene's. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}
