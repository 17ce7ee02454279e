import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * What no response may carry: driver names and codes, stack frames, file paths, and any line of
 * the project's Cypher (unless the request itself sent that text, which may be echoed back).
 */
const INTERNALS = [
  'Neo4jError',
  'Neo.ClientError',
  'Neo.TransientError',
  'Neo.DatabaseError',
  'neo4j-driver',
  'originalError',
  'stacktrace',
  'node_modules',
  'file://',
  '/src/',
  '.ts:',
  '    at ',
];

function cypherLines(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .flatMap((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter(
      (line) => line.length >= 20 && /\b(MATCH|RETURN|WHERE|UNWIND|WITH|MERGE|CALL)\b/.test(line),
    );
}

const CYPHER = [...new Set(cypherLines(path.resolve('cypher')))];

export interface Exchange {
  request: string;
  status: number;
  text: string;
}

/** Tally of what the fuzz saw, printed at the end: the figures of the run. */
export const tally = {
  requests: 0,
  statuses: new Map<number, number>(),
  codes: new Map<string, number>(),
};

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * The server held: an answer below 500, JSON with data or errors, every error with a code, none
 * of them INTERNAL_SERVER_ERROR (a hostile input that reached the database unchecked), and no
 * internals in the text.
 */
export function expectHeld({ request, status, text }: Exchange): void {
  tally.requests += 1;
  bump(tally.statuses, status);
  expect(status, text.slice(0, 500)).toBeLessThan(500);
  const body = JSON.parse(text) as {
    data?: unknown;
    errors?: { extensions?: { code?: unknown } }[];
  };
  expect('data' in body || 'errors' in body, text.slice(0, 500)).toBe(true);
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    expect(typeof code, JSON.stringify(error).slice(0, 500)).toBe('string');
    bump(tally.codes, code as string);
    expect(code, JSON.stringify(error).slice(0, 500)).not.toBe('INTERNAL_SERVER_ERROR');
  }
  for (const word of INTERNALS) {
    if (!request.includes(word)) expect(text, `leaks "${word}"`).not.toContain(word);
  }
  for (const line of CYPHER) {
    if (!request.includes(line)) expect(text, 'leaks Cypher').not.toContain(line);
  }
}

export function summary(): string {
  const list = (map: Map<string | number, number>) =>
    [...map]
      .sort(([, a], [, b]) => b - a)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  return `fuzz: ${tally.requests} requests; statuses: ${list(tally.statuses)}; codes: ${list(tally.codes)}`;
}
