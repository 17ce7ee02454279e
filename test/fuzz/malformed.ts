import fc from 'fast-check';
import { anyJson, hostileNumber, hostileString } from './hostile.ts';
import type { Operation } from './operations.ts';

/** A raw request: an HTTP method and body (a GET carries its parameters in the URL). */
export interface RawRequest {
  method: 'GET' | 'POST';
  contentType: string;
  body: string;
}

/** A document with characters deleted, inserted or doubled at random places. */
export function mangled(operations: fc.Arbitrary<Operation>): fc.Arbitrary<Operation> {
  const edit = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('delete', 'insert', 'double'),
    text: fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      '$',
      '"',
      ':',
      '...',
      '@',
      '#',
      '\\',
      '\u0000',
      'query',
      '@skip(if: true)',
    ),
  });
  return fc
    .tuple(operations, fc.array(edit, { minLength: 1, maxLength: 5 }))
    .map(([operation, edits]) => {
      let query = operation.query;
      for (const { at, kind, text } of edits) {
        const i = at % (query.length + 1);
        if (kind === 'delete') query = query.slice(0, i) + query.slice(i + 1 + (at % 7));
        else if (kind === 'insert') query = query.slice(0, i) + text + query.slice(i);
        else query = query.slice(0, i) + query.slice(i, i + 20) + query.slice(i);
      }
      return { ...operation, query };
    });
}

/** Documents nobody writes by hand: deep nesting, long names, huge literals, noise. */
export const strangeDocuments: fc.Arbitrary<string> = fc.oneof(
  fc
    .integer({ min: 1, max: 3_000 })
    .map((n) => `${'{ countries { edges { node '.repeat(n)}${'} } }'.repeat(n)}`),
  fc.integer({ min: 1, max: 5_000 }).map((n) => `{ ${'a { '.repeat(n)}${'} '.repeat(n)}}`),
  fc
    .integer({ min: 1, max: 500 })
    .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: version`).join(' ')} }`),
  fc.integer({ min: 1, max: 200 }).map((n) => `{ version ${'@include(if: true) '.repeat(n)}}`),
  fc
    .integer({ min: 1, max: 50 })
    .map(
      (n) =>
        `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { version ...F${i + 1} }`).join(' ')}`,
    ),
  hostileNumber.map((n) => `{ countries(first: ${Number.isFinite(n) ? n : 1}) { totalCount } }`),
  fc.constantFrom(
    '{ countries(first: 99999999999999999999999) { totalCount } }',
    '{ search(query: "x", first: -99999999999) { edges { score } } }',
  ),
  hostileString.map((s) => `{ search(query: ${JSON.stringify(s)}) { edges { score } } }`),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '{}',
    '{ }',
    'query',
    'mutation { x }',
    'subscription { x }',
    '{ __schema { types { name } } }',
    'query A { version } query A { version }',
    'query A { version } query B { version }',
  ),
);

/** Bodies that are not what Yoga expects: bad JSON, wrong shapes, wrong content types. */
export function rawRequests(documents: fc.Arbitrary<string>): fc.Arbitrary<RawRequest> {
  const json = (body: unknown): RawRequest => ({
    method: 'POST',
    contentType: 'application/json',
    body: JSON.stringify(body),
  });
  return fc.oneof(
    fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((body) => ({ method: 'POST' as const, contentType: 'application/json', body })),
    anyJson.map(json),
    fc
      .record(
        {
          query: fc.oneof(documents, anyJson),
          variables: anyJson,
          operationName: anyJson,
          extensions: anyJson,
        },
        { requiredKeys: [] },
      )
      .map(json),
    fc.record({ documentId: anyJson, variables: anyJson }, { requiredKeys: [] }).map(json),
    documents.map((body) => ({
      method: 'POST' as const,
      contentType: 'application/graphql',
      body,
    })),
    documents.map((query) => ({
      method: 'POST' as const,
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ query }).toString(),
    })),
    fc.tuple(documents, fc.string({ maxLength: 50 })).map(([query, variables]) => ({
      method: 'GET' as const,
      contentType: '',
      body: new URLSearchParams({ query, variables }).toString(),
    })),
  );
}
