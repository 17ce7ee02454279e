// The measure the start's warm-up asks exposedFirms about (cypher/read/find-warm-up-id.cypher):
// the best-connected one that can expose someone today, not merely the best-connected one. A
// lifted measure answers without running the ranking statement, so the first client of a broad
// measure paid for its plan and a cold Neo4j (2–6 s on the medium benchmark graph, 2026-12-06).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineQuery } from '../../src/db/cypher.ts';
import { ACTIVE_STATUSES } from '../../src/exposure/weights.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();
const findWarmUpId = defineQuery<{ label: string; activeStatuses: string[] }, { id: string }>(
  'read/find-warm-up-id',
  ['label', 'activeStatuses'],
);
const PREFIX = 'measure:test-warm-up-';

/** A measure with more relationships than any in the seed, whose latest status is `status`. */
const addMeasure = (id: string, status: string, covers: boolean) =>
  db.runText(
    `CREATE (m:Measure:Entity {id: $id, name: $id, kind: 'EXPORT_CONTROL'})
     CREATE (m)-[:HAD_STATUS]->(:StatusChange {status: 'IN_FORCE', on: date('2020-01-01'), index: 0})
     CREATE (m)-[:HAD_STATUS]->(:StatusChange {status: $status, on: date('2021-01-01'), index: 1})
     WITH m
     UNWIND range(1, 500) AS i
     CREATE (m)-[:TARGETS]->(:Entity {id: $id + '/target/' + i})
     WITH DISTINCT m
     MATCH (good:Commodity) WHERE $covers
     WITH m, good LIMIT 1
     CREATE (m)-[:COVERS]->(good)`,
    { id, status, covers },
    'WRITE',
  );

const chosen = async () =>
  (await db.run(findWarmUpId, { label: 'Measure', activeStatuses: ACTIVE_STATUSES }))[0]?.id;

describe('the measure the warm-up asks about', () => {
  beforeAll(async () => {
    await addMeasure(`${PREFIX}lifted`, 'LIFTED', true);
    await addMeasure(`${PREFIX}no-goods`, 'IN_FORCE', false);
  });
  afterAll(async () => {
    await db.runText(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[:HAD_STATUS]->(s:StatusChange)
       DETACH DELETE n, s`,
      { prefix: PREFIX },
      'WRITE',
    );
  });

  it('passes over a lifted measure and one that covers no goods, however connected', async () => {
    const id = await chosen();
    expect(id).toBeDefined();
    expect(id?.startsWith(PREFIX)).toBe(false);
  });

  it('takes the best-connected one that is in force and covers goods', async () => {
    await addMeasure(`${PREFIX}in-force`, 'IN_FORCE', true);
    expect(await chosen()).toBe(`${PREFIX}in-force`);
  });
});
