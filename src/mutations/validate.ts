// A mutation's input, restated as a one-entry seed file and put through the seed reader's own
// checks: the entry schemas (zod), provenance and quotes, relationship ends, a measure's history
// that may only grow. So a write by API obeys exactly the rules of a write by file
// (docs/seed-format.md), and every problem comes back naming the field of the request.

import { idsToLookUp, type KnownNode, mergeKnown } from '../load/read/check-database.ts';
import { checkIntegrity, type LoadedSource } from '../load/read/integrity.ts';
import { normalizeFile } from '../load/read/normalize.ts';
import { type ParsedFile, parseSeedText } from '../load/read/parse-file.ts';
import type { Run } from '../load/session.ts';
import type { NormalizedSeedFile, SeedError } from '../model/format.ts';
import { checkDateOrder, retractedChanges } from '../model/status-history.ts';
import { ValidationError, type ValidationIssue } from '../schema/errors.ts';
import { findReferencedNodes } from './queries.ts';

/** What a mutation writes, in the seed format: usually one entry. */
export interface MutationFile {
  sources?: Record<string, unknown>[];
  nodes?: Record<string, unknown>[];
  relationships?: Record<string, unknown>[];
}

/** Turns a seed path (`nodes[0].quote`) into the request's (`provenance.quote`). */
export type PathMapper = (seedPath: string) => string;

/** The primary label first (`Company`), super-labels after, as the seed reader lists them. */
const rank = (label: string) => ['Organization', 'Actor'].indexOf(label) + 1;

/**
 * Validates and normalises `file` against the database as `run`'s transaction sees it, or throws
 * a ValidationError with every issue found.
 */
export async function validateEntries(
  run: Run,
  file: MutationFile,
  mapPath: PathMapper,
  /**
   * Which references (seed paths) must not lean on a retracted fact: by default all. A restated
   * measure's stored changes were valid when written and stay so (a source retracted since does
   * not block appending a change).
   */
  isNew: (seedPath: string) => boolean = () => true,
): Promise<NormalizedSeedFile> {
  // YAML reads JSON, so the seed's parser validates the entries as it would a file's.
  const { parsed, errors } = parseSeedText('mutation', JSON.stringify(file));
  const sources = new Map<string, LoadedSource>(
    parsed.sources.map(({ value }) => [
      value.id,
      { fileIndex: 0, text: value.text, broken: false },
    ]),
  );
  const rows = await run(findReferencedNodes, { ids: idsToLookUp([parsed]) });
  const known = new Map<string, KnownNode>(
    rows.map(({ id, labels, retracted: _node, ...rest }) => [
      id,
      { labels: [...labels].sort((a, b) => rank(a) - rank(b)), ...rest },
    ]),
  );
  const external = new Map<string, readonly string[]>();
  errors.push(...mergeKnown([parsed], known, sources, external));
  const changesRetracted = retractedChanges([parsed], known);
  errors.push(...checkDateOrder([parsed], changesRetracted));
  errors.push(...checkIntegrity([parsed], sources, { ordered: false, external }));
  const retracted = new Set(rows.filter((row) => row.retracted).map((row) => row.id));
  const issues = [
    ...errors.map((error) => issueOf(error, mapPath)),
    ...leaning(parsed, retracted, mapPath, isNew),
  ];
  if (issues.length > 0) throw new ValidationError(dedupe(issues));
  return normalizeFile(parsed, sources, changesRetracted);
}

/** The seed's words are for files; a mutation's caller looks at the graph. */
const REWORDINGS: [RegExp, string][] = [
  [
    /: declare it under sources: in the import, or load it first$/,
    ': no source has that id (add it with upsertSource)',
  ],
  [/ in the import or in the database$/, ' in the graph'],
];

function issueOf(error: SeedError, mapPath: PathMapper): ValidationIssue {
  const message = REWORDINGS.reduce(
    (text, [pattern, words]) => text.replace(pattern, words),
    error.message,
  );
  return { path: mapPath(error.path), message };
}

/** References to retracted facts: a new fact may not rest on a source or node taken back. */
function leaning(
  parsed: ParsedFile,
  retracted: Set<string>,
  mapPath: PathMapper,
  isNew: (seedPath: string) => boolean,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (id: string, path: string) => {
    if (retracted.has(id) && isNew(path)) {
      issues.push({ path: mapPath(path), message: `"${id}" is retracted` });
    }
  };
  const sourcesOf = (fact: { sourceIds?: string[] }, at: string) => {
    fact.sourceIds?.forEach((id, index) => {
      check(id, `${at}.sourceIds[${index}]`);
    });
  };
  for (const { index, value } of parsed.nodes) {
    sourcesOf(value, `nodes[${index}]`);
    if (value.label !== 'Measure') continue;
    value.statusHistory.forEach((change, position) => {
      sourcesOf(change, `nodes[${index}].statusHistory[${position}]`);
    });
  }
  for (const { index, value } of parsed.relationships) {
    sourcesOf(value, `relationships[${index}]`);
    check(value.from, `relationships[${index}].from`);
    check(value.to, `relationships[${index}].to`);
  }
  return issues;
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const PROVENANCE = new Set(['sourceIds', 'quote', 'confidence', 'inferred', 'rationale']);

/**
 * The usual mapping of one entry's paths: provenance fields to the `provenance` argument, the
 * others to `data` (`input`), and anything `special` claims (a relationship's ends) to its own.
 */
export function entryPaths(
  prefix: string,
  data: string,
  special: (key: string, rest: string) => string | undefined = () => undefined,
): PathMapper {
  return (path) => {
    if (!path.startsWith(prefix)) return path === '' ? data : path;
    const rest = path.slice(prefix.length);
    const key = /^\.([A-Za-z]+)/.exec(rest)?.[1];
    if (key === undefined) return data;
    return special(key, rest) ?? (PROVENANCE.has(key) ? `provenance${rest}` : `${data}${rest}`);
  };
}
