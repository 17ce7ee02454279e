import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, parametersOf } from '../../src/db/cypher.ts';
import { testDatabase } from '../helpers/database.ts';
import { planOperators } from '../helpers/plan-operators.ts';

const db = testDatabase();
const BROWSER_DIR = path.join(CYPHER_DIR, 'browser');

/** The analysts' saved queries, as they paste them: the whole file, comments and all. */
const savedQueries = readdirSync(BROWSER_DIR)
  .filter((file) => file.endsWith('.cypher'))
  .sort()
  .map((file) => [file, readFileSync(path.join(BROWSER_DIR, file), 'utf8')] as const);

const PROVENANCE = 'trace-provenance.cypher';
const provenanceText = () => savedQueries.find(([file]) => file === PROVENANCE)?.[1] ?? '';

describe('the saved queries for the Neo4j Browser', () => {
  it('include the questions analysts ask first', () => {
    expect(savedQueries.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'show-timeline.cypher',
        'show-who-said-what.cypher',
        'list-china-curbs-on-japan.cypher',
        'find-exposed-firms.cypher',
        PROVENANCE,
        'show-market-moves.cypher',
      ]),
    );
  });

  it.each(savedQueries)('%s says in its first line what it answers', (_file, text) => {
    expect(text.split('\n')[0]).toMatch(/^\/\/ \S.{20,}$/);
  });

  // The driver cannot send the Browser's `:param` values, so ids are literals in the text.
  it.each(savedQueries)('%s needs no parameters', (_file, text) => {
    expect(parametersOf(text)).toEqual([]);
  });

  // The Browser splits its editor's text on `;` into several statements.
  it.each(savedQueries)('%s is one statement, with no `;` to split it', (_file, text) => {
    expect(text).not.toContain(';');
  });

  // READ mode also proves the queries cannot change the graph.
  it.each(savedQueries)(
    '%s runs read-only on the seeded graph and returns rows',
    async (_file, text) => {
      const rows = await db.runText<Record<string, unknown>>(text, {}, 'READ');
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  // The Browser shows a query's notifications; a deprecation or a performance warning there is
  // noise an analyst cannot act on. Our driver asks for none (src/db/driver.ts): this session
  // asks for warnings again, as the Browser does.
  it.each(savedQueries)('%s raises no warning', async (_file, text) => {
    const session = db.driver.session({
      database: db.name,
      defaultAccessMode: 'READ',
      notificationFilter: { minimumSeverityLevel: 'WARNING' },
    });
    const result = await session.run(`EXPLAIN ${text}`).finally(() => session.close());
    const warnings = result.summary.gqlStatusObjects.filter(
      (status) => status.severity === 'WARNING',
    );
    expect(warnings.map((w) => w.statusDescription)).toEqual([]);
  });

  it.each(savedQueries)('%s never scans all nodes or all relationships', async (_file, text) => {
    const result = await db.driver.executeQuery(`EXPLAIN ${text}`, {}, { database: db.name });
    const ops = planOperators(result.summary.plan);
    expect(ops.filter((op) => /AllNodesScan|AllRelationshipsScan/.test(op))).toEqual([]);
  });

  it('reads each path as text too: firm, route and measure', async () => {
    const text = readFileSync(path.join(BROWSER_DIR, 'find-exposed-firms.cypher'), 'utf8');
    const rows = await db.runText<{ firm: string; route: string; measure: string }>(text);
    const mhi = rows.find((row) => row.firm === 'Mitsubishi Heavy Industries');
    expect(mhi?.route).toMatch(/^Mitsubishi Heavy Industries -(IN_SECTOR|PRODUCES)-> /);
    expect(mhi?.route).toContain('<-INPUT_TO-');
    expect(mhi?.measure).toBe('Dual-use export curbs on Japan');
    const chains = readFileSync(path.join(BROWSER_DIR, 'trace-retaliation.cypher'), 'utf8');
    const [longest] = await db.runText<{ chain: string }>(chains);
    expect(longest?.chain).toMatch(/ -(RESPONDS_TO|TRIGGERED_BY)-> /);
  });

  it('lists the curbs with their status, goods and quotes', async () => {
    const text = readFileSync(path.join(BROWSER_DIR, 'list-china-curbs-on-japan.cypher'), 'utf8');
    const rows = await db.runText<{ id: string; status: string; covers: string[]; quote: string }>(
      text,
    );
    const dualUse = rows.find((row) => row.id === 'measure:cn-2026-dual-use-export-ban-jp');
    expect(dualUse?.status).toBe('IN_FORCE');
    expect(dualUse?.covers).toContain('Dual-use items');
    expect(dualUse?.quote).toBeTruthy();
    expect(rows.some((row) => row.status === 'UNDER_CONSIDERATION')).toBe(true);
  });

  it('finds Mitsubishi Heavy Industries exposed, with the path that shows how', async () => {
    const text = readFileSync(path.join(BROWSER_DIR, 'find-exposed-firms.cypher'), 'utf8');
    const rows = await db.runText<{ firm: string; path: unknown; via_goods: string[] }>(text);
    const mhi = rows.filter((row) => row.firm === 'Mitsubishi Heavy Industries');
    expect(mhi.length).toBeGreaterThan(0);
    expect(mhi.every((row) => row.path !== null && row.via_goods.length > 0)).toBe(true);
  });

  it('traces a relationship as well as a node to its source and quote', async () => {
    const relationshipId = 'company:itochu-[BASED_IN]->country:JP';
    const text = provenanceText().replace(
      /WITH '[^']+' AS factId/,
      `WITH '${relationshipId}' AS factId`,
    );
    expect(text).toContain(relationshipId);
    const rows = await db.runText<{ fact: string; quote: string; in_context: string }>(text);
    expect(rows[0]?.fact).toBe(relationshipId);
    expect(rows[0]?.in_context).toContain(rows[0]?.quote);
    // Found through the index on its ends' ids, not a scan of every relationship.
    const plan = await db.driver.executeQuery(`EXPLAIN ${text}`, {}, { database: db.name });
    expect(JSON.stringify(plan.summary.plan)).toContain('NodeUniqueIndexSeek');
  });
});
