// The start's warm-up (src/http/warm-documents.ts): every persisted document asked once, with
// sampled variables that name nodes of the right kind, whatever the access rules.
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hashKey } from '../../src/auth/keys.ts';
import { operationOf, sampleVariables, warmDocuments } from '../../src/http/warm-documents.ts';
import { neo4jQueries } from '../../src/observability/metrics.ts';
import { schema } from '../../src/schema/index.ts';
import { readExplorerDocuments, readPersistedDocuments } from '../../src/security/persisted.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
const documents = { ...readPersistedDocuments(), ...readExplorerDocuments() };
const names = Object.values(documents).map((text) => /^(?:query|mutation) (\w+)/.exec(text)?.[1]);

/** Reads need a key here: the warm-up must get through without one, a client must not. */
const locked = () =>
  createApp({
    db,
    auth: {
      keys: [{ name: 'ops', role: 'reader', digest: hashKey('k'.repeat(32)) }],
      readAccess: 'key',
    },
  });

const operation = (text: string) => operationOf(text) as OperationDefinitionNode;

const labelsOf = async (id: unknown) =>
  (
    await db.runText<{ labels: string[] }>('MATCH (n {id: $id}) RETURN labels(n) AS labels', { id })
  )[0]?.labels ?? [];

/** How many times the exposedFirms ranking statement has run in this process. */
async function rankings(): Promise<number> {
  const { values } = await neo4jQueries.get();
  return values
    .filter(
      (v) => v.metricName?.endsWith('_count') && v.labels.query === 'exposure/rank-exposed-firms',
    )
    .reduce((sum, v) => sum + v.value, 0);
}

describe('warming the persisted documents up at start', () => {
  it('asks every query document once, without errors, where reads need a key', async () => {
    const app = locked();
    const ranked = () => rankings();
    const rankedBefore = await ranked();
    const before = db.roundTrips;
    const progress = { done: 0, total: 0 };
    const report = await warmDocuments(app, db, schema, documents, progress);
    expect(progress).toEqual({
      done: report.warmed.length + report.failed.length,
      total: names.length,
    });
    const queries = names.filter((name) => name && name !== 'ExplorerSimulate');
    expect(report.failed).toEqual([]);
    expect(report.warmed.sort()).toEqual([...queries].sort());
    expect(db.roundTrips - before).toBeGreaterThanOrEqual(report.warmed.length - 2); // Version, Viewer
    // exposedFirms was asked about a measure that exposes someone today, so its ranking statement
    // ran (and was planned): a lifted measure would answer without it.
    expect(await ranked()).toBeGreaterThan(rankedBefore);
    // The only one left needs a hypothetical measure as input, which has no sample.
    if (names.includes('ExplorerSimulate')) {
      expect(report.skipped).toEqual([
        { name: 'ExplorerSimulate', reason: 'no sample for $measure' },
      ]);
    }
    // An HTTP client without a key is still refused.
    const refused = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "country:JP") { id } }' }),
    });
    const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('samples an id of the kind each argument takes', async () => {
    const exposed = await sampleVariables(
      schema,
      operation(
        'query($m: ID!, $asOf: Date) { exposedFirms(measure: $m, asOf: $asOf) { totalCount } }',
      ),
      async (label) =>
        (
          await db.runText<{ id: string }>(
            'MATCH (n:$($label)) WHERE EXISTS { (n)-->() } RETURN n.id AS id LIMIT 1',
            { label },
          )
        )[0]?.id,
    );
    expect('values' in exposed && Object.keys(exposed.values)).toEqual(['m']);
    expect(await labelsOf('values' in exposed && exposed.values.m)).toContain('Measure');
    const firm = await sampleVariables(
      schema,
      operation(
        'query($id: ID!) { node(id: $id) { ... on Company { name } } exposure(firm: $id) { total } }',
      ),
      async (label) =>
        (
          await db.runText<{ id: string }>('MATCH (n:$($label)) RETURN n.id AS id LIMIT 1', {
            label,
          })
        )[0]?.id,
    );
    expect(await labelsOf('values' in firm && firm.values.id)).toContain('Company');
  });
});
