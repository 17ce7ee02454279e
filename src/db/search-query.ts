/**
 * The Lucene queries for what a user typed (docs/search.md). Query syntax is never interpreted:
 * each word is a quoted, escaped phrase, so `AND`, `*` and `aliases:` are plain text.
 */
import { editDistanceFor, fold, spellings } from './spelling.ts';

/** Every character Lucene's classic query parser gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Makes text a literal for Lucene: `a:b OR c*` stops being a field, an operator and a wildcard. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * The user's words: runs of non-space with at least one letter or digit. The rest (`&&`, `"`,
 * `*`) cannot match any indexed term, and an empty Lucene query is a parse error, so it goes.
 */
export function searchWords(query: string): string[] {
  return query.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** A prefix for search-as-you-type on the last word (3 letters or more, plain), or null. */
export function prefixOf(word: string): string | null {
  const folded = fold(word);
  return /^[a-z0-9]{3,}$/.test(folded) ? folded : null;
}

const quoted = (word: string) => `"${escapeLucene(word)}"`;
/** One word in all its spellings: ("licence" OR "license"). */
const anySpelling = (word: string) => `(${spellings(word).map(quoted).join(' OR ')})`;

export interface SearchQueries {
  /** For search_text (folded words) and positions. */
  text: string;
  /** For search_stems (English stems); null for fuzzy queries, which stems would distort. */
  stems: string | null;
}

/**
 * Exact: every word must match in one of its spellings; the words together (the phrase) rank
 * higher; the last word may be a prefix (search as you type). Null when nothing can match.
 */
export function exactQueries(query: string): SearchQueries | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const all = `(${words.map(anySpelling).join(' AND ')})^2`;
  const clauses = [all];
  if (words.length > 1) clauses.push(`"${words.map(escapeLucene).join(' ')}"^4`);
  const prefix = prefixOf(words.at(-1) ?? '');
  if (prefix)
    clauses.push(`(${[...words.slice(0, -1).map(anySpelling), `${prefix}*`].join(' AND ')})`);
  return { text: clauses.join(' OR '), stems: all };
}

/**
 * Fuzzy, for when the exact query finds nothing: every word within the edit distance its length
 * allows (spelling.ts), the last also as a prefix. Null when no word is long enough to be fuzzy.
 */
export function fuzzyQueries(query: string): SearchQueries | null {
  const words = searchWords(query).map(fold);
  if (!words.some((word) => editDistanceFor(word) > 0)) return null;
  const terms = words.map((word, i) => {
    const distance = editDistanceFor(word);
    const plain = /^[a-z0-9]+$/.test(word);
    const options = [distance > 0 && plain ? `${word}~${distance}` : quoted(word)];
    const prefix = i === words.length - 1 ? prefixOf(word) : null;
    if (prefix) options.push(`${prefix}*`);
    return `(${options.join(' OR ')})`;
  });
  return { text: terms.join(' AND '), stems: null };
}
