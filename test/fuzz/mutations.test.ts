/**
 * Fuzzing the write path over HTTP with an editor key. Every id a mutation gets contains `zfuzz`,
 * so what the run creates can be removed; the graph checksum must then be what it was: no
 * injection touched anything else. FUZZ_RUNS scales it like fuzz.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEntry, hashKey, parseApiKeys } from '../../src/auth/keys.ts';
import { loadConfig } from '../../src/config.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { expectHeld } from './checks.ts';
import { hostileString, INJECTIONS } from './hostile.ts';
import { rootFieldOperation } from './operations.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 60_000 + RUNS * 300;
const db = testDatabase();
const EDITOR = 'zfuzz-editor-key-for-tests';
const { keys } = parseApiKeys(
  formatEntry({ digest: hashKey(EDITOR), role: 'editor', name: 'zfuzz-editor' }),
);
const security = securityFromConfig(loadConfig({ NODE_ENV: 'production', RATE_LIMIT: '0' }));
const app = createApp({ db, auth: { keys, readAccess: 'open' }, security });
const LABELS = [
  'source',
  'company',
  'commodity',
  'measure',
  'event',
  'sector',
  'person',
  'country',
];
const zfuzzIds = fc
  .tuple(fc.constantFrom(...LABELS), fc.oneof(fc.constantFrom('a', 'b'), hostileString))
  .map(([label, rest]) => `${label}:zfuzz-${rest}`);
let before: Awaited<ReturnType<typeof graphChecksum>>;

async function post(query: string, variables: Record<string, unknown>) {
  const body = JSON.stringify({ query, variables });
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
    body,
  });
  const text = await response.text();
  expectHeld({ request: body, status: response.status, text });
  return JSON.parse(text);
}

const remove = () =>
  db.runText(
    `MATCH (n) WHERE n.id CONTAINS 'zfuzz' OR n.versionOf CONTAINS 'zfuzz' DETACH DELETE n`,
    {},
    'WRITE',
  );

beforeAll(async () => {
  await remove();
  before = await graphChecksum(db);
});
afterAll(remove);

const UPSERT_SOURCE = `mutation($input: SourceInput!) { upsertSource(input: $input) {
  __typename ... on Error { message } } }`;
const UPSERT_COMPANY = `mutation($input: OrganizationInput!, $provenance: ProvenanceInput!) {
  upsertCompany(input: $input, provenance: $provenance) { __typename ... on Error { message } } }`;

describe('the write path under fuzzing', () => {
  it('stores every injection string literally', { timeout: TIMEOUT }, async () => {
    for (const [n, injection] of INJECTIONS.entries()) {
      const source = `source:zfuzz-note-${n}`;
      const text = `The firm ${injection} relies on magnets.`;
      const input = { id: source, kind: 'ARTICLE', title: injection, text };
      expect((await post(UPSERT_SOURCE, { input })).data.upsertSource.__typename).toMatch(
        /Success$/,
      );
      const firm = `company:zfuzz-firm-${n}`;
      const provenance = { sourceIds: [source], quote: injection, confidence: 1 };
      const written = await post(UPSERT_COMPANY, {
        input: { id: firm, name: injection },
        provenance,
      });
      expect(written.data.upsertCompany.__typename, injection).toBe('MutationUpsertCompanySuccess');
      const [stored] = await db.runText<{ name: string; title: string }>(
        'MATCH (f:Entity {id: $firm}), (s:Entity {id: $source}) RETURN f.name AS name, s.title AS title',
        { firm, source },
      );
      expect(stored).toEqual({ name: injection, title: injection });
    }
  });

  it('holds for every Mutation field with hostile variables', { timeout: TIMEOUT }, async () => {
    const operations = rootFieldOperation({ real: [], only: zfuzzIds }, 'mutation');
    const property = fc.asyncProperty(operations, async ({ query, variables }) => {
      await post(query, variables);
    });
    await fc.assert(property, { numRuns: Math.max(1, Math.round(RUNS * 0.5)) });
  });

  it('changed nothing but its own zfuzz data', async () => {
    await remove();
    expect(await graphChecksum(db)).toEqual(before);
  });
});
