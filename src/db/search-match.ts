/**
 * Which field of a hit matched the search, with a snippet: Neo4j's full-text index returns the
 * node and a score, not where the words are, so the same folding, spellings, stems, prefix and
 * edit distance are applied here to the node's properties.
 */
import { stemmer } from 'stemmer';
import { editDistance, editDistanceFor, fold, spellings } from './spelling.ts';

/** The searched properties, captions first: the first field matching best is the one reported. */
export const SEARCHED_FIELDS = [
  'name',
  'title',
  'aliases',
  'officialName',
  'metric',
  'instrument',
  'summary',
  'text',
  'description',
  'definition',
  'outcome',
  'scenario',
  'attributedTo',
  'kind',
  'hsCodes',
  'hsHeadingText',
  'publisher',
] as const;

export interface FieldMatch {
  /** The property that matched (`aliases`), or `position` for a position held. */
  field: string;
  /** The matching text, cut around the first match when long. */
  snippet: string;
  /** The words of the snippet that matched, as written there. */
  matched: string[];
}

const SNIPPET_LENGTH = 120;

/** One searched word, worked out once per search rather than once per word of every field. */
interface SearchedWord {
  spellings: string[];
  stems: string[];
  /** Spellings long enough to match as a prefix (the last word only). */
  prefixes: string[];
  /** Spellings with the edit distance fuzzy matching allows them (fuzzy searches only). */
  fuzzy: { spelling: string; distance: number }[];
}

function searchedWord(word: string, last: boolean, fuzzy: boolean): SearchedWord {
  const all = spellings(word);
  return {
    spellings: all,
    stems: all.map((spelling) => stemmer(spelling)),
    prefixes: last ? all.filter((spelling) => spelling.length >= 3) : [],
    fuzzy: fuzzy
      ? all
          .map((spelling) => ({ spelling, distance: editDistanceFor(spelling) }))
          .filter(({ distance }) => distance > 0)
      : [],
  };
}

/** Whether one word of a field matches one searched word, as loosely as the search allowed. */
function wordMatches(token: string, word: SearchedWord): boolean {
  const folded = fold(token);
  if (word.spellings.includes(folded)) return true;
  const stem = stemmer(folded);
  if (word.stems.includes(stem)) return true;
  if (word.prefixes.some((prefix) => folded.startsWith(prefix))) return true;
  return word.fuzzy.some(({ spelling, distance }) => editDistance(folded, spelling) <= distance);
}

/**
 * Matches the words of one search against field texts. A field's words repeat (a source's text
 * says "steel" many times, and every hit of a search shares most words), so each distinct token
 * is matched once per search: the index of the first searched word it matches, or -1.
 */
export class SearchMatcher {
  readonly #words: SearchedWord[];
  readonly #tokens = new Map<string, number>();

  constructor(words: string[], fuzzy: boolean) {
    this.#words = words.map((word, i) => searchedWord(word, i === words.length - 1, fuzzy));
  }

  get wordCount(): number {
    return this.#words.length;
  }

  /** The words of `text` that match any searched word, with their offsets. */
  matchesIn(text: string) {
    const found: { start: number; end: number; word: number }[] = [];
    for (const token of text.matchAll(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu)) {
      let index = this.#tokens.get(token[0]);
      if (index === undefined) {
        index = this.#words.findIndex((word) => wordMatches(token[0], word));
        this.#tokens.set(token[0], index);
      }
      if (index >= 0)
        found.push({ start: token.index, end: token.index + token[0].length, word: index });
    }
    return found;
  }
}

function snippetOf(text: string, start: number, end: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const from = Math.max(0, Math.min(start - 40, text.length - SNIPPET_LENGTH));
  const to = Math.min(text.length, Math.max(end, from + SNIPPET_LENGTH));
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * The field that matches the most searched words (captions first on a tie); for a list (aliases,
 * HS codes) the best element. Positions found through the relationship index compete too.
 */
export function bestField(
  props: Record<string, unknown>,
  positions: { title: string; of: string }[],
  matcher: SearchMatcher,
): FieldMatch | null {
  const candidates: { field: string; text: string }[] = [];
  for (const field of SEARCHED_FIELDS) {
    const value = props[field];
    const texts = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const text of texts) if (typeof text === 'string') candidates.push({ field, text });
  }
  for (const { title, of } of positions)
    candidates.push({ field: 'position', text: `${title}, ${of}` });
  let best: (FieldMatch & { count: number }) | null = null;
  for (const { field, text } of candidates) {
    // Only a field matching more words can take the place of the best; none can beat all.
    if (best && best.count === matcher.wordCount) break;
    const found = matcher.matchesIn(text);
    const count = new Set(found.map((f) => f.word)).size;
    if (count === 0 || (best && count <= best.count)) continue;
    const first = found[0] as { start: number; end: number };
    const snippet = snippetOf(text, first.start, first.end);
    const matched = [...new Set(found.map((f) => text.slice(f.start, f.end)))].filter((m) =>
      snippet.includes(m),
    );
    best = { field, snippet, matched, count };
  }
  return best && { field: best.field, snippet: best.snippet, matched: best.matched };
}
