// The planner's projections (src/read/) against the planner reading every property of every node
// and relationship (`reads: 'whole'`): the same document must give the same JSON, to the byte.
// This is what proves each field's declared reads are enough (src/read/field-reads.ts). Every
// field of every node of the seed; the persisted documents and the benchmark's questions; and
// random selections over the schema (seeded).
import { readdirSync, readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { NODE_LABELS } from '../../src/schema/nodes/node-refs.ts';
import { OUR_QUERIES } from '../bench/ours-cases.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { everyField, randomQueries } from './query-corpus.ts';

const db = testDatabase();
const RANDOM_SELECTIONS = Number(process.env.TEST_RANDOM_SELECTIONS ?? 100);

async function expectSameAnswer(query: string, variables: Record<string, unknown> = {}) {
  const planned = await run(db, query, variables, 'planned');
  const whole = await run(db, query, variables, 'whole');
  expect(planned.errors, query).toBeUndefined();
  expect(whole.errors, query).toBeUndefined();
  expect(JSON.stringify(planned.data), query).toBe(JSON.stringify(whole.data));
}

async function seedIds(label: string): Promise<string[]> {
  const rows = await db.runText<{ id: string }>(
    'MATCH (n:$($label)) RETURN n.id AS id ORDER BY id',
    { label },
  );
  return rows.map((row) => globalId(label, row.id));
}

describe('a projection answers as the whole nodes do', () => {
  it.each(NODE_LABELS)('every field of every %s of the seed', async (label) => {
    const type = schema.getType(label);
    if (!isObjectType(type)) throw new Error(`${label} is not an object type`);
    const ids = await seedIds(label);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${label} { ${everyField(type)} } } }`;
    for (let start = 0; start < ids.length; start += 100) {
      await expectSameAnswer(query, { ids: ids.slice(start, start + 100) });
    }
  });

  it('the persisted documents', async () => {
    const folder = new URL('../../persisted-documents/', import.meta.url);
    const variables: Record<string, Record<string, unknown>> = {
      ExposedFirms: { measure: globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp') },
      Search: { query: 'rare earth' },
    };
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.graphql'))) {
      const name = file.replace('.graphql', '');
      await expectSameAnswer(readFileSync(new URL(file, folder), 'utf8'), variables[name] ?? {});
    }
  });

  it('the benchmark’s questions, on the seed', async () => {
    const measure = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');
    const firm = globalId('Company', 'company:kawasaki-heavy-industries');
    const variables = {
      node: { id: firm },
      measure: { id: measure },
      measuresPage: { kinds: null },
      search: { query: 'rare' },
      exposure: { firm, asOf: '2026-06-30' },
      exposedFirms: { measure, asOf: '2026-06-30' },
      timeline: { from: '2010-01-01', to: '2026-12-31' },
    };
    for (const [name, query] of Object.entries(OUR_QUERIES)) {
      await expectSameAnswer(query, variables[name as keyof typeof variables]);
    }
  });

  // Each random selection is a new shape that Neo4j plans twice (~2 s on two cores): 100 in
  // `npm test`, fewer in the edit loop (test/fast.ts sets TEST_RANDOM_SELECTIONS).
  it(`${RANDOM_SELECTIONS} random selections (seed 20261204)`, async () => {
    const ids = (
      await Promise.all(['Measure', 'Country', 'Company', 'Event', 'Commodity'].map(seedIds))
    ).flat();
    for (const { query, variables } of randomQueries(schema, 20261204, RANDOM_SELECTIONS, ids)) {
      await expectSameAnswer(query, variables);
    }
  }, 600_000);
});
