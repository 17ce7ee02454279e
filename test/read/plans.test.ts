// What the planner sends to Neo4j: only the properties a selection reads, and plans that find
// every node through an index (a root list may scan its own label; nothing below it scans).

import { execute, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.ts';
import { Database } from '../../src/db/database.ts';
import { schema } from '../../src/schema/index.ts';
import { OUR_QUERIES } from '../bench/ours-cases.ts';
import { testNeo4j } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { planOperators, planSteps } from '../helpers/plan-operators.ts';

/** The test Neo4j, keeping the text and parameters of every statement it runs. */
class RecordingDatabase extends Database {
  statements: { text: string; params: Record<string, unknown> }[] = [];
  override runRaw(...args: Parameters<Database['runRaw']>) {
    const [text, params = {}] = args;
    this.statements.push({ text, params });
    return super.runRaw(...args);
  }
}
const db = new RecordingDatabase(testNeo4j());
afterAll(() => db.close());

async function planned(query: string, variables: Record<string, unknown> = {}) {
  db.statements = [];
  const result = await execute({
    schema,
    document: parse(query),
    contextValue: createContext(db),
    variableValues: variables,
  });
  expect(result.errors).toBeUndefined();
  return db.statements;
}

const MEASURE = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');
const FIRM = globalId('Company', 'company:kawasaki-heavy-industries');

describe('projection', () => {
  it('a selection of name alone moves no other property', async () => {
    const [statement] = await planned(
      `query($id: ID!) { node(id: $id) { ... on Company { name } } }`,
      { id: FIRM },
    );
    expect(statement?.text).toContain('props: n0 {.name}');
    expect(statement?.text).not.toMatch(/properties\(/);
  });

  it('converts in Cypher: dates as text, instants as epoch milliseconds, integers as numbers', async () => {
    const [statement] = await planned(
      `query($id: ID!) { node(id: $id) { ... on Measure { announcedOn { date } assertedAt durationMonths } } }`,
      { id: MEASURE },
    );
    expect(statement?.text).toContain('announcedOn: toString(n0.announcedOn)');
    expect(statement?.text).toContain('assertedAt: toFloat(n0.assertedAt.epochMillis)');
    expect(statement?.text).toContain('durationMonths: toFloat(n0.durationMonths)');
  });

  it('reads of a date or an amount only what its selected subfields need', async () => {
    const [statement] = await planned(
      `query($id: ID!) { node(id: $id) { ... on Measure {
        announcedOn { precision } effectiveFrom { date inferred rationale precision } } } }`,
      { id: MEASURE },
    );
    // A PartialDate always reads its date: without one the value is null.
    expect(statement?.text).toContain(
      'n0 {announcedOn: toString(n0.announcedOn), .announcedOnPrecision, effectiveFrom: toString(n0.effectiveFrom), .effectiveFromPrecision, .effectiveFromInferred, .effectiveFromRationale}',
    );
    expect(statement?.text).not.toContain('announcedOnInferred');
    expect(statement?.text).not.toContain('announcedOnRationale');
  });

  it('moves a relationship’s id only when its edge selects relationshipId, and the node alone without', async () => {
    const query = (edge: string) =>
      `query($id: ID!) { node(id: $id) { ... on Measure { covers { edges { ${edge} node { id } } } } } }`;
    const [without] = await planned(query(''), { id: MEASURE });
    expect(without?.text).toContain('RETURN {id: n1.id, labels:');
    expect(without?.text).not.toContain('relationship:');
    expect(without?.text).not.toContain('{node:');
    const [withId] = await planned(query('relationshipId'), { id: MEASURE });
    expect(withId?.text).toContain('RETURN {relationship: r1 {.id}, node:');
  });

  it('sends a page as its items alone unless its totalCount is selected', async () => {
    const query = (connection: string) =>
      `query($id: ID!) { node(id: $id) { ... on Measure { covers { ${connection} edges { node { id } } } } } }`;
    const [without] = await planned(query(''), { id: MEASURE });
    expect(without?.text).not.toContain('{items:');
    const [counted] = await planned(query('totalCount'), { id: MEASURE });
    expect(counted?.text).toContain('{items: COLLECT {');
    expect(counted?.text).toContain(', total: toFloat(COUNT {');
  });

  it('gives the client’s values as parameters, never as text', async () => {
    const [statement] = await planned(
      `query($id: ID!) { node(id: $id) { ... on Measure { covers(first: 7) { edges { node { __typename } } } } } }`,
      { id: MEASURE },
    );
    expect(statement?.text).not.toContain('cn-2026-dual-use-export-ban-jp');
    expect(statement?.text).not.toMatch(/LIMIT \d/);
    expect(Object.values(statement?.params ?? {}).map(String)).toContain('8');
  });

  it('counts a list only when its totalCount is selected', async () => {
    const [without] = await planned('{ events(first: 2) { edges { node { id } } } }');
    const [counted] = await planned('{ events(first: 2) { totalCount edges { node { id } } } }');
    expect(without?.text).not.toContain('AS total');
    expect(counted?.text).toContain('AS total');
  });

  it('search: projects the hits’ selection, and reads searched texts only for a snippet', async () => {
    const [bare] = await planned(
      '{ search(query: "Kawasaki", first: 3) { edges { score node { ... on Company { name } } } } }',
    );
    expect(bare?.text).toContain('props: n0 {.name}');
    expect(bare?.text).not.toMatch(/properties\(/);
    expect(bare?.params.fields).toEqual([]);
    const [snippet] = await planned(
      '{ search(query: "Kawasaki", first: 3) { edges { snippet node { id } } } }',
    );
    expect(snippet?.params.fields).toEqual(expect.arrayContaining(['name', 'aliases', 'text']));
  });

  it('search: caps the hits read from each index, except when kinds are asked for', async () => {
    const capOf = async (query: string) => {
      const [statement] = await planned(query);
      return String((statement?.params.options as { limit?: unknown } | undefined)?.limit);
    };
    expect(await capOf('{ search(query: "steel", first: 20) { edges { score } } }')).toBe('2000');
    expect(await capOf('{ search(query: "steel", first: 100) { edges { score } } }')).toBe('10000');
    const [kinds] = await planned(
      '{ search(query: "steel", kinds: [COUNTRY]) { edges { score } } }',
    );
    expect(kinds?.params.options).toEqual({});
  });

  it('plans a document once: the same text for the same operation, whatever its values', async () => {
    const query = `query($id: ID!, $n: Int) { node(id: $id) { ... on Measure { covers(first: $n) { edges { node { __typename } } } } } }`;
    const [a] = await planned(query, { id: MEASURE, n: 3 });
    const [b] = await planned(query, { id: FIRM, n: 5 });
    expect(a?.text).toBe(b?.text);
  });
});

describe('plans', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['node', OUR_QUERIES.node, { id: FIRM }],
    ['measure', OUR_QUERIES.measure, { id: MEASURE }],
    ['measuresPage', OUR_QUERIES.measuresPage, { kinds: null }],
    ['timeline', OUR_QUERIES.timeline, { from: '2010-01-01', to: '2026-12-31' }],
    ['search', OUR_QUERIES.search, { query: 'rare earth' }],
    [
      'nodes as known then',
      `query($id: ID!) { nodes(ids: [$id], knownAt: "2026-01-08T00:00:00Z") { ... on Measure { status description covers { edges { quote node { ... on Commodity { name } } } } } } }`,
      { id: MEASURE },
    ],
  ];
  it.each(cases)(
    '%s: every node below the root found through an index',
    async (_name, query, variables) => {
      for (const { text, params } of await planned(query, variables)) {
        const explained = await db.driver.executeQuery(`EXPLAIN ${text}`, params, {
          database: db.name,
        });
        const ops = planOperators(explained.summary.plan);
        expect(ops.some((op) => op.startsWith('AllNodesScan'))).toBe(false);
        // A root list scans its own label at most once; below it, relationships are expanded.
        expect(ops.filter((op) => op.startsWith('NodeByLabelScan')).length).toBeLessThanOrEqual(1);
      }
    },
  );

  /** The plan of the first statement a query sends, operator by operator with its details. */
  async function rootPlan(query: string, variables: Record<string, unknown>) {
    const [statement] = await planned(query, variables);
    const explained = await db.driver.executeQuery(
      `EXPLAIN ${statement?.text}`,
      statement?.params,
      {
        database: db.name,
      },
    );
    return planSteps(explained.summary.plan);
  }

  it('a page of measures reads the id index in its order: no sort of every measure', async () => {
    for (const kinds of [null, ['TARIFF']]) {
      const steps = await rootPlan(OUR_QUERIES.measuresPage, { kinds });
      expect(steps.some((s) => /^NodeIndexScan .*m:Measure\(id\)/.test(s))).toBe(true);
      expect(steps.some((s) => /^(Sort|Top|PartialTop) .*m\.id/.test(s))).toBe(false);
      expect(steps.some((s) => s.startsWith('NodeByLabelScan'))).toBe(false);
    }
    const asOf = await rootPlan(
      'query($on: Date) { measures(first: 5, filter: {activeAsOf: $on}) { edges { node { id } } } }',
      { on: '2026-01-10' },
    );
    expect(asOf.some((s) => /^NodeIndexScan .*m:Measure\(id\)/.test(s))).toBe(true);
    expect(asOf.some((s) => /^(Sort|Top|PartialTop) .*m\.id/.test(s))).toBe(false);
  });

  it('a timeline window reads the events begun near it by the date index, and the long ones', async () => {
    const steps = await rootPlan(OUR_QUERIES.timeline, { from: '2025-01-01', to: '2025-03-31' });
    expect(steps.some((s) => /^NodeIndexSeekByRange .*e:Event\(occurredOn\)/.test(s))).toBe(true);
    expect(steps.some((s) => /^NodeIndexScan .*e:Event\(endedOn\)/.test(s))).toBe(true);
    expect(steps.some((s) => /^NodeIndexScan .*e:Event\(durationMonths\)/.test(s))).toBe(true);
  });
});
