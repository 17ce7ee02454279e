// The quote of a relationship must speak of what it relates (docs/seed-format.md, "Quotes name
// what they support"): it names at least one end, and, when the fact is about a named thing (its
// home, sector, position, needs, products: a relationship that starts at an actor, good or
// sector), it names that thing. "Japan's Nikkei share index fell" supports nothing about a firm
// being based in Japan. A fact no words support is inferred: a rationale, and no quote.
//
// A quote names a node when it holds one of the node's names (name, official name, title,
// aliases; any case or accents, whole words), or when it overlaps, in a source's text, words the
// node itself quotes (a measure's status changes, an event's sentence): that is how a sentence
// speaks of things that have no name.

import type { ParsedFile } from '../load/read/parse-file.ts';
import type { LoadedSource } from './check-sources.ts';
import type { SeedError } from './format.ts';
import { aliasName } from './format-primitives.ts';
import { ACTOR_LABELS } from './labels.ts';

const NAMED = new Set<string>([...ACTOR_LABELS, 'Commodity', 'Sector']);

interface Spoken {
  named: boolean;
  names: string[];
  quotes: string[];
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();

function holdsWord(text: string, word: string): boolean {
  const haystack = fold(text);
  const needle = fold(word);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

function spans(text: string, quote: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    found.push([at, at + quote.length]);
  return found;
}

function overlaps(texts: string[], quote: string, others: string[]): boolean {
  return texts.some((text) => {
    const mine = spans(text, quote);
    return others.some((other) =>
      spans(text, other).some(([s, e]) => mine.some(([ms, me]) => ms < e && s < me)),
    );
  });
}

/** What each node of the files is called and quotes. */
function spokenOf(files: ParsedFile[]): Map<string, Spoken> {
  const spoken = new Map<string, Spoken>();
  for (const file of files) {
    for (const { value } of file.nodes) {
      const v = value as Record<string, unknown>;
      const names = ['name', 'officialName', 'title', 'instrument']
        .map((key) => v[key])
        .filter((n): n is string => typeof n === 'string');
      const aliases = Array.isArray(v.aliases) ? v.aliases.map(aliasName) : [];
      const quotes = [v.quote, v.scopeQuote];
      if (value.label === 'Measure') quotes.push(...value.statusHistory.map((c) => c.quote));
      spoken.set(value.id, {
        named: NAMED.has(value.label),
        names: [...names, ...aliases],
        quotes: quotes.filter((q): q is string => typeof q === 'string'),
      });
    }
  }
  return spoken;
}

export function checkQuoteEnds(
  files: ParsedFile[],
  sources: Map<string, LoadedSource>,
): SeedError[] {
  const spoken = spokenOf(files);
  const errors: SeedError[] = [];
  for (const file of files) {
    for (const { index, value } of file.relationships) {
      const from = spoken.get(value.from);
      const to = spoken.get(value.to);
      // An end in the database (an import) is not known here; its own load checked it.
      if (value.quote === undefined || !from || !to) continue;
      const quote = value.quote;
      const texts = (value.sourceIds ?? file.defaultSourceIds ?? [])
        .map((id) => sources.get(id)?.text)
        .filter((t): t is string => t !== undefined);
      const names = (end: Spoken) =>
        end.names.some((n) => holdsWord(quote, n)) || overlaps(texts, quote, end.quotes);
      const fact = `${value.type} ${value.from} -> ${value.to}`;
      let problem: string | undefined;
      if (from.named && !names(from)) {
        problem = `the quote does not name "${value.from}", whom the fact (${fact}) is about`;
      } else if (!names(from) && !names(to)) {
        problem = `the quote names neither end of the fact (${fact})`;
      }
      if (problem) {
        const path = ['relationships', index, 'quote'];
        errors.push({
          file: file.file,
          path: file.describe(path),
          message: `${problem}: quote words that do, or make it inferred with a rationale and no quote`,
          line: file.lineOf(path),
        });
      }
    }
  }
  return errors;
}
