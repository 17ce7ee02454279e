/** explain ranked and paged; simulate by HS code; hypothetical measures, on the seeded graph. */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const db = testDatabase();
const MHI = globalId('Company', 'company:mitsubishi-heavy-industries');
const JP = globalId('Country', 'country:JP');

describe('explain', () => {
  const explain = async (args: string) => {
    const { data, errors } = await run(
      db,
      `query($a: ID!, $b: ID!) { explain(from: $a, to: $b, ${args}) { totalCount edges { cursor node { score length hops { type weight from { id } to { id } } } } pageInfo { hasNextPage endCursor } } }`,
      { a: MHI, b: globalId('Commodity', 'commodity:rare-earth-elements') },
    );
    expect(errors).toBeUndefined();
    return data.explain as {
      totalCount: number;
      edges: {
        cursor: string;
        node: {
          score: number;
          length: number;
          hops: { weight: number; from: { id: string }; to: { id: string } }[];
        };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };

  it('ranks the paths by their score, pages them, and gives each its score', async () => {
    const all = await explain('maxHops: 5, first: 100');
    expect(all.totalCount).toBeGreaterThan(2);
    const scores = all.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const { node } of all.edges)
      expect(node.score).toBeCloseTo(
        node.hops.reduce((p, h) => p * h.weight, 1),
        12,
      );
    const first = await explain('maxHops: 5, first: 1');
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await explain(`maxHops: 5, first: 1, after: "${first.pageInfo.endCursor}"`);
    expect(next.edges[0]?.node).toEqual(all.edges[1]?.node);
  });

  it('never runs through a retracted node', async () => {
    const magnets = 'commodity:rare-earth-permanent-magnets';
    const through = (paths: Awaited<ReturnType<typeof explain>>) =>
      paths.edges.filter(({ node }) =>
        node.hops.some((h) => [h.from.id, h.to.id].includes(globalId('Commodity', magnets))),
      ).length;
    expect(through(await explain('maxHops: 5, first: 100'))).toBeGreaterThan(0);
    await db.runText(
      'MATCH (n:Entity {id: $id}) SET n.retractedAt = datetime()',
      { id: magnets },
      'WRITE',
    );
    try {
      const after = await explain('maxHops: 5, first: 100');
      expect(after.totalCount).toBeGreaterThan(0);
      expect(through(after)).toBe(0);
    } finally {
      await db.runText('MATCH (n:Entity {id: $id}) REMOVE n.retractedAt', { id: magnets }, 'WRITE');
    }
  });
});

describe('simulate and hypothetical measures', () => {
  const simulate = (goods: string[]) =>
    run(
      db,
      `query($cn: ID!, $jp: ID!, $goods: [ID!]!) { simulate(measure: {imposer: $cn, targets: [$jp], goods: $goods}) {
        firms { score }
        error { __typename ... on UnknownGoodError { message good closestMatches { name hsCodes } } } } }`,
      { cn: globalId('Country', 'country:CN'), jp: JP, goods },
    );

  it('takes goods by HS code as well as by id, with the same answer', async () => {
    // HS 28.46 is carried by the rare-earth compounds and by the article's rare earths.
    const byId = await simulate([
      globalId('Commodity', 'commodity:rare-earth-compounds'),
      'commodity:rare-earth-elements',
    ]);
    const byCode = await simulate(['28.46']);
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data.simulate.firms.length).toBeGreaterThan(0);
    expect(byCode.data.simulate).toEqual(byId.data.simulate);
  });

  it('answers an unknown good with a typed error listing the closest matches', async () => {
    const code = await simulate(['2847']);
    expect(code.data.simulate.firms).toEqual([]);
    expect(code.data.simulate.error.__typename).toBe('UnknownGoodError');
    expect(code.data.simulate.error.good).toBe('2847');
    expect(code.data.simulate.error.closestMatches[0].hsCodes).toContain('2846');
    const name = await simulate(['rare earht magnets']);
    expect(name.data.simulate.error.__typename).toBe('UnknownGoodError');
    expect(name.data.simulate.error.closestMatches[0].name).toBe('Rare-earth permanent magnets');
  });

  it('answers exposedFirms on a hypothetical measure with a typed error that points at simulate', async () => {
    const scenario = globalId('Measure', 'measure:scenario-cn-rare-earth-export-curb-3-months');
    const { data } = await run(
      db,
      `query($m: ID!) { exposedFirms(measure: $m) { totalCount edges { cursor } pageInfo { hasNextPage }
        error { __typename ... on HypotheticalMeasureError { id message } } } }`,
      { m: scenario },
    );
    // Beside the connection, which is empty and has no next page.
    expect(data.exposedFirms).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false },
      error: { __typename: 'HypotheticalMeasureError' },
    });
    expect(data.exposedFirms.error.message).toMatch(/simulate/);
  });
});
