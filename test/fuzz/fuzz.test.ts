/**
 * Fuzzing the HTTP API over the real test Neo4j: generated hostile and malformed requests, each
 * checked by expectHeld (checks.ts). About 200 requests by default, in seconds; more with
 * FUZZ_RUNS=5000 npx vitest run test/fuzz (and FUZZ_SEED=<n> to replay a run).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { expectHeld, summary } from './checks.ts';
import { INJECTIONS } from './hostile.ts';
import { mangled, type RawRequest, rawRequests, strangeDocuments } from './malformed.ts';
import { inlined, type Operation, rootFieldOperation } from './operations.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const options = (share: number) => ({
  numRuns: Math.max(1, Math.round(RUNS * share)),
  ...(SEED === undefined ? {} : { seed: SEED }),
});
const TIMEOUT = 60_000 + RUNS * 200;

const db = testDatabase();
// Production settings, so masking is what clients get; no rate limit: the fuzz is one client.
const production = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
const app = createApp({ db, security: production });
const ids: string[] = [];
let before: Awaited<ReturnType<typeof graphChecksum>>;

async function send({ method, contentType, body }: RawRequest) {
  const url = method === 'GET' ? `http://localhost/graphql?${body}` : 'http://localhost/graphql';
  const headers: Record<string, string> = { 'x-graphql-yoga-csrf': '1' };
  if (contentType) headers['content-type'] = contentType;
  const response = await app.fetch(url, {
    method,
    headers,
    ...(method === 'POST' ? { body } : {}),
  });
  const text = await response.text();
  expectHeld({ request: body, status: response.status, text });
  return { status: response.status, text };
}

const sendOperation = ({ query, variables }: Operation) =>
  send({
    method: 'POST',
    contentType: 'application/json',
    body: JSON.stringify({ query, variables }),
  });

beforeAll(async () => {
  before = await graphChecksum(db);
  const lists = [
    'countries',
    'companies',
    'measures',
    'events',
    'sources',
    'commodities',
    'sectors',
  ];
  const query = `{ ${lists.map((list) => `${list}(first: 3) { edges { node { id } } }`).join(' ')} }`;
  const { text } = await sendOperation({ query, variables: {} });
  const data = JSON.parse(text).data as Record<string, { edges: { node: { id: string } }[] }>;
  for (const list of Object.values(data)) ids.push(...list.edges.map((edge) => edge.node.id));
  expect(ids.length).toBeGreaterThan(10);
}, TIMEOUT);

afterAll(() => console.log(summary()));

describe('the API under fuzzing', () => {
  it('holds for every Query field with hostile variables', { timeout: TIMEOUT }, async () => {
    const operations = fc.constant(null).chain(() => rootFieldOperation({ real: ids }));
    await fc.assert(
      fc.asyncProperty(operations, async (op) => void (await sendOperation(op))),
      options(0.45),
    );
  });

  it('holds with the same values written into the document', { timeout: TIMEOUT }, async () => {
    const operations = fc
      .constant(null)
      .chain(() => rootFieldOperation({ real: ids }).map(inlined));
    await fc.assert(
      fc.asyncProperty(operations, async (op) => void (await sendOperation(op))),
      options(0.15),
    );
  });

  it('holds for mangled and strange documents', { timeout: TIMEOUT }, async () => {
    const documents = fc.oneof(
      strangeDocuments,
      mangled(rootFieldOperation({ real: ids })).map((op) => op.query),
    );
    const mangledOps = mangled(rootFieldOperation({ real: ids }));
    await fc.assert(
      fc.asyncProperty(mangledOps, async (op) => void (await sendOperation(op))),
      options(0.1),
    );
    await fc.assert(
      fc.asyncProperty(rawRequests(documents), async (raw) => void (await send(raw))),
      options(0.2),
    );
  });

  it('matches injection strings literally: search answers without an error', {
    timeout: TIMEOUT,
  }, async () => {
    const query =
      'query($q: String!) { search(query: $q, first: 5) { edges { score node { id } } } }';
    const terms = fc.tuple(
      fc.constantFrom('', 'Japan ', 'dual-use ', 'mitsub'),
      fc.constantFrom(...INJECTIONS),
    );
    await fc.assert(
      fc.asyncProperty(terms, async ([prefix, injection]) => {
        const { text } = await sendOperation({ query, variables: { q: prefix + injection } });
        const body = JSON.parse(text);
        expect(body.errors).toBeUndefined();
        expect(Array.isArray(body.data.search.edges)).toBe(true);
      }),
      options(0.1),
    );
  });

  it('left the graph as it was, and the server answering', async () => {
    expect(await graphChecksum(db)).toEqual(before);
    const { text } = await sendOperation({ query: '{ version }', variables: {} });
    expect(JSON.parse(text).data.version).toMatch(/^\d/);
    expect((await app.fetch('http://localhost/ready')).status).toBe(200);
  });
});
