import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of every .cypher file; queries are data, kept apart from the code that runs them. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** A query read from `cypher/<name>.cypher`, typed by its parameters and the rows it returns. */
export interface CypherQuery<Params extends object, Row> {
  name: string;
  text: string;
  params: readonly (keyof Params & string)[];
  /** Waits in the line of heavy statements (heavy-line.ts): exposure's walks and rankings. */
  heavy?: boolean;
  /** Phantom field: carries the row type to `Database.run`; never set. */
  readonly row?: Row;
}

const registry = new Map<string, CypherQuery<Record<string, unknown>, unknown>>();

/**
 * Declares a query. The file is read once, here, so a missing file fails at start-up rather than
 * at the first request; a test checks every file is declared and its `$params` match `params`.
 */
export function defineQuery<Params extends object, Row>(
  name: string,
  params: readonly (keyof Params & string)[],
  { heavy = false }: { heavy?: boolean } = {},
): CypherQuery<Params, Row> {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  const text = compact(readFileSync(file, 'utf8'));
  const query: CypherQuery<Params, Row> = { name, text, params, ...(heavy ? { heavy } : {}) };
  registry.set(name, query as CypherQuery<Record<string, unknown>, unknown>);
  return query;
}

export function registeredQueries(): CypherQuery<Record<string, unknown>, unknown>[] {
  return [...registry.values()];
}

/** The `$name` parameters a Cypher text uses. */
export function parametersOf(text: string): string[] {
  const withoutComments = text.replace(/\/\/.*$/gm, '');
  return [
    ...new Set([...withoutComments.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? '')),
  ].sort();
}

/**
 * A file's text as it is sent: without its comment lines and indentation. The files are written
 * for people (an analyst reads and pastes them), but every run sends the whole text again, and
 * the driver writes it to the socket in pieces of 1,400 bytes (its chunk buffer), one write call
 * each: the ranking statement (13 KB, a third of it comments) took ten, a node's read two. Lines
 * stay lines, so Neo4j's error positions still point at one. Only whole-line comments go: no
 * file has a comment after code on a line (test/db/cypher-files.test.ts checks), so a `//` in a
 * string is never cut.
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
