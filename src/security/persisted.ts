import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse, print } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { limitError } from './errors.ts';

/**
 * Persisted documents: the operations under persisted-documents/*.graphql, printed and listed by
 * id (`sha256:<hex of the printed text>`) in persisted-documents/persisted-documents.json, which
 * `npm run persisted` writes and a test keeps in step. With PERSISTED_ONLY a client may run only
 * these, by id; otherwise ids are a shortcut beside arbitrary documents.
 */
export const PERSISTED_DIR = fileURLToPath(new URL('../../persisted-documents/', import.meta.url));
export const PERSISTED_FILE = path.join(PERSISTED_DIR, 'persisted-documents.json');

export type PersistedDocuments = Record<string, string>;

/** The list as it should be: every .graphql file of `dir`, printed, by id, sorted by id. */
export function buildPersistedDocuments(dir = PERSISTED_DIR): PersistedDocuments {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => print(parse(readFileSync(path.join(dir, name), 'utf8'))))
    .map((text) => [documentId(text), text] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries);
}

export const documentId = (text: string) =>
  `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/**
 * The explorer's operations (web/, docs/explorer.md), by the ids codegen gave them, as its build
 * wrote them beside the page; none when the page is not built.
 */
export const EXPLORER_DOCUMENTS_FILE = fileURLToPath(
  new URL('../../web/dist/persisted-documents.json', import.meta.url),
);

export function readExplorerDocuments(file = EXPLORER_DOCUMENTS_FILE): PersistedDocuments {
  return existsSync(file) ? readPersistedDocuments(file) : {};
}

/** The documents a server serves by id: ours, and the explorer's when it serves the explorer. */
export function servedDocuments(explorer: boolean): PersistedDocuments {
  return { ...readPersistedDocuments(), ...(explorer ? readExplorerDocuments() : {}) };
}

export function readPersistedDocuments(file = PERSISTED_FILE): PersistedDocuments {
  return JSON.parse(readFileSync(file, 'utf8')) as PersistedDocuments;
}

/**
 * The id a request names: `documentId` (GraphQL over HTTP's persisted documents: in a JSON body,
 * or in a GET's query string, which Yoga's own parser leaves out), or Apollo's
 * `extensions.persistedQuery.sha256Hash`; a bare hex id means sha256.
 */
function requestedId(params: GraphQLParams & { documentId?: unknown }, request: Request) {
  const inUrl =
    request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null;
  const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)
    ?.sha256Hash;
  const id = typeof params.documentId === 'string' ? params.documentId : (inUrl ?? hash);
  if (typeof id !== 'string') return null;
  return id.includes(':') ? id : `sha256:${id}`;
}

export function persistedDocuments(documents: PersistedDocuments, only: boolean): Plugin {
  const byId = new Map(Object.entries(documents));
  return usePersistedOperations({
    allowArbitraryOperations: !only,
    extractPersistedOperationId: (params, request) => requestedId(params, request),
    getPersistedOperation: (id) => byId.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: () =>
        limitError('PERSISTED_QUERY_ONLY', 'Only persisted documents may run: send a documentId.'),
      notFound: () =>
        limitError('PERSISTED_QUERY_NOT_FOUND', 'No persisted document has this documentId.'),
      keyNotFound: () => limitError('BAD_REQUEST', 'Send a query, or the documentId of one.'),
    },
  }) as Plugin;
}
