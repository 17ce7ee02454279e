import { describe, expect, it } from 'vitest';
import { missingSchema, schemaStatements } from '../../src/db/schema.ts';
import { toLuceneQuery } from '../../src/db/search.ts';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();
const MHI = 'Mitsubishi Heavy Industries';

interface Hit {
  cursor: string;
  score: number;
  node: { __typename: string; id: string; name?: string };
}

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Runs `search` and returns its edges (the hits), pageInfo and errors, typed for these tests. */
async function search(args: string) {
  const result = (await run(
    db,
    `{ search(${args}) {
      edges { cursor score node { __typename id ... on Actor { name } ... on Commodity { name } ... on Sector { name } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
  )) as {
    data?: { search: { edges: Hit[]; pageInfo: PageInfo } | null } | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  };
  const answer = result.data?.search;
  return { hits: answer?.edges ?? null, pageInfo: answer?.pageInfo ?? null, errors: result.errors };
}

/** Every page of `args`, `size` hits at a time, following `endCursor` until no next page. */
async function pages(args: string, size: number) {
  const found: { hits: Hit[]; pageInfo: PageInfo }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const cursor: string = after ? `, after: ${JSON.stringify(after)}` : '';
    const { hits, pageInfo, errors } = await search(`${args}, first: ${size}${cursor}`);
    expect(errors).toBeUndefined();
    if (!hits || !pageInfo) throw new Error('no answer');
    found.push({ hits, pageInfo });
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return found;
}

const literal = (text: string) => JSON.stringify(text);

describe('the full-text indexes', () => {
  it('are declared as schema, online after schema application, with their analysers', async () => {
    for (const name of ['search_text', 'search_stems', 'search_positions']) {
      expect(schemaStatements().find((s) => s.name === name)?.file).toBe('003-search.cypher');
    }
    expect(await missingSchema(db)).toEqual([]);
    const indexes = await db.runText<{
      name: string;
      state: string;
      labels: string[];
      properties: string[];
      analyzer: string;
    }>(
      `SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes AS labels, properties, options
       RETURN name, state, labels, properties, options.indexConfig.\`fulltext.analyzer\` AS analyzer ORDER BY name`,
    );
    expect(indexes.map((i) => [i.name, i.state, i.analyzer])).toEqual([
      ['search_positions', 'ONLINE', 'standard-folding'],
      ['search_stems', 'ONLINE', 'english'],
      ['search_text', 'ONLINE', 'standard-folding'],
    ]);
    const text = indexes.find((i) => i.name === 'search_text');
    expect(text?.labels).toEqual(
      expect.arrayContaining([
        'Actor',
        'Commodity',
        'Sector',
        'Measure',
        'Event',
        'Statement',
        'Observation',
        'TradeFlow',
        'SupplyDependency',
        'ImpactEstimate',
        'Source',
      ]),
    );
    expect(text?.properties).toEqual(
      expect.arrayContaining([
        'name',
        'title',
        'aliases',
        'officialName',
        'description',
        'summary',
        'text',
        'instrument',
      ]),
    );
    // The index it replaced is gone, and applying the schema again changes nothing.
    expect(indexes.map((i) => i.name)).not.toContain('search_nodes');
  });
});

describe('search', () => {
  it.each(['MHI', 'Mitsubishi Heavy', 'mitsubishi'])(
    'finds %s as Mitsubishi Heavy Industries, first',
    async (query) => {
      const { hits, errors } = await search(`query: ${literal(query)}`);
      expect(errors).toBeUndefined();
      expect(hits?.[0]?.node).toEqual({
        __typename: 'Company',
        id: 'company:mitsubishi-heavy-industries',
        name: MHI,
      });
    },
  );

  it('indexes every alias of a list (MHI is in no name or description, only in aliases)', async () => {
    const [mhi] = await db.runText<{ name: string; aliases: string[] }>(
      `MATCH (n:Company {id: 'company:mitsubishi-heavy-industries'}) RETURN n.name AS name, n.aliases AS aliases`,
    );
    expect(mhi?.name).not.toMatch(/MHI/);
    expect(mhi?.aliases).toContain('MHI');
    const { hits } = await search('query: "NdFeB"');
    expect(hits?.[0]?.node.name).toBe('Rare-earth permanent magnets');
  });

  it('returns hits best first, requires every word, and finds a prefix of the last one', async () => {
    const { hits } = await search('query: "rare earth", first: 100');
    const scores = hits?.map((hit) => hit.score) ?? [];
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const heavy = await search('query: "Mitsubishi Heavy"');
    expect(heavy.hits?.[0]?.node.name).toBe(MHI);
    // Every word must match: nothing about Kawasaki Heavy alone.
    expect(heavy.hits?.some((hit) => hit.node.name === 'Kawasaki Heavy Industries')).toBe(false);
    const typing = await search('query: "Mitsub"');
    expect(typing.hits?.[0]?.node.name).toBe(MHI);
    const accents = await search('query: "Côte d’Ivoire"');
    expect(accents.hits?.[0]?.node.name).toMatch(/Ivoire/);
  });

  it('keeps only the kinds asked for', async () => {
    const measures = await search('query: "rare earth", kinds: [MEASURE], first: 100');
    expect(measures.hits?.length).toBeGreaterThan(0);
    expect(new Set(measures.hits?.map((hit) => hit.node.__typename))).toEqual(new Set(['Measure']));
    const goods = await search('query: "rare earth", kinds: [COMMODITY, SECTOR], first: 100');
    expect(goods.hits?.every((hit) => ['Commodity', 'Sector'].includes(hit.node.__typename))).toBe(
      true,
    );
    const actors = await search('query: "mitsubishi", kinds: [ACTOR]');
    expect(actors.hits?.[0]?.node.name).toBe(MHI);
    expect((await search('query: "mitsubishi", kinds: [COUNTRY]')).hits).toEqual([]);
    const firms = await search('query: "heavy industries", kinds: [COMPANY], first: 100');
    expect(firms.hits?.map((hit) => hit.node.name)).toEqual(
      expect.arrayContaining([MHI, 'Kawasaki Heavy Industries']),
    );
    expect(new Set(firms.hits?.map((hit) => hit.node.__typename))).toEqual(new Set(['Company']));
  });

  it.each(['&&', '"', '(', '*', '?', '\\', '/', ':', '~', '+-&&||!(){}[]^"~*?:\\/', '', '   '])(
    'treats %j (no letter or digit) as finding nothing, without an error',
    async (query) => {
      const { hits, errors } = await search(`query: ${literal(query)}`);
      expect(errors).toBeUndefined();
      expect(hits).toEqual([]);
    },
  );

  it.each([
    ['MHI)', MHI],
    ['"MHI', MHI],
    ['MHI*', MHI],
    ['mitsubishi~', MHI],
    ['(mitsubishi OR heavy', MHI],
    ['aliases:MHI', null],
    ['mitsubishi AND', null],
    ['NOT mitsubishi', null],
    ['\\" OR *:*', null],
  ])('reads Lucene syntax in %j as plain text', async (query, first) => {
    const { hits, errors } = await search(`query: ${literal(query)}`);
    expect(errors).toBeUndefined();
    expect(hits).not.toBeNull();
    if (first) expect(hits?.[0]?.node.name).toBe(first);
    // `*:*` would match every node if it reached Lucene as syntax.
    expect(hits?.length).toBeLessThan(20);
  });

  it('escapes what it sends to Lucene', () => {
    expect(toLuceneQuery('aliases:MHI OR x*')).toBe(
      '(("aliases\\:mhi") AND ("or") AND ("x\\*"))^2 OR "aliases\\:MHI OR x\\*"^4',
    );
    expect(toLuceneQuery('say "hi"')).toBe('(("say") AND ("\\"hi\\""))^2 OR "say \\"hi\\""^4');
    expect(toLuceneQuery('licence')).toBe('(("licence" OR "license"))^2 OR (licence*)');
    expect(toLuceneQuery('&& *')).toBeNull();
  });

  it('refuses first above 100 or below 0, and overlong queries, with clear errors', async () => {
    const tooMany = await search('query: "mitsubishi", first: 101');
    expect(tooMany.errors?.[0]?.message).toMatch(/"first" must be between 0 and 100; got 101/);
    const negative = await search('query: "mitsubishi", first: -1');
    expect(negative.errors?.[0]?.message).toMatch(/"first" must be between 0 and 100/);
    expect((await search('query: "mitsubishi", first: 0')).hits).toEqual([]);
    const long = await search(`query: ${literal('mitsubishi '.repeat(30))}`);
    expect(long.errors?.[0]?.message).toMatch(/"query" must be at most 200 characters/);
    for (const refused of [tooMany, negative, long]) {
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.hits).toBeNull();
    }
    expect(tooMany.errors?.[0]?.extensions?.argument).toBe('first');
    expect(long.errors?.[0]?.extensions?.argument).toBe('query');
  });

  it('refuses a cursor it did not give out, naming `after`; the other root fields still answer', async () => {
    const result = (await run(
      db,
      '{ version search(query: "mitsubishi", after: "bm90IGEgY3Vyc29y") { edges { score } } }',
    )) as {
      data?: { version: string; search: unknown } | null;
      errors?: readonly { extensions?: Record<string, unknown> }[];
    };
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    expect(result.data?.search).toBeNull();
    expect(result.data?.version).toMatch(/^\d/);
  });
});

describe('search as a connection', () => {
  it('pages with first/after: consecutive pages, no overlap, together the one bigger page', async () => {
    const whole = await search('query: "rare earth", first: 100');
    expect(whole.errors).toBeUndefined();
    const all = whole.hits ?? [];
    expect(all.length).toBeGreaterThan(7);
    expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const paged = await pages('query: "rare earth"', 3);
    expect(paged.length).toBe(Math.ceil(all.length / 3));
    const ids = paged.flatMap((page) => page.hits.map((hit) => hit.node.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The same hits, in the same order, with the same scores and cursors as the one big page.
    expect(paged.flatMap((page) => page.hits)).toEqual(all);
    paged.forEach(({ hits, pageInfo }, i) => {
      expect(hits.length).toBe(i < paged.length - 1 ? 3 : all.length - 3 * i);
      expect(pageInfo.hasNextPage).toBe(i < paged.length - 1);
      expect(pageInfo.hasPreviousPage).toBe(i > 0);
      expect(pageInfo.startCursor).toBe(hits[0]?.cursor);
      expect(pageInfo.endCursor).toBe(hits.at(-1)?.cursor);
    });
  });

  it('says hasNextPage exactly at the end', async () => {
    const all = (await search('query: "rare earth", first: 100')).hits ?? [];
    const n = all.length;
    expect((await search(`query: "rare earth", first: ${n}`)).pageInfo?.hasNextPage).toBe(false);
    expect((await search(`query: "rare earth", first: ${n - 1}`)).pageInfo?.hasNextPage).toBe(true);
    // From the second-to-last hit: one left, and then none.
    const before = all[n - 2]?.cursor;
    const last = await search(`query: "rare earth", first: 5, after: ${literal(before ?? '')}`);
    expect(last.hits?.map((hit) => hit.node.id)).toEqual([all[n - 1]?.node.id]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const past = await search(
      `query: "rare earth", first: 5, after: ${literal(all[n - 1]?.cursor ?? '')}`,
    );
    expect(past.errors).toBeUndefined();
    expect(past.hits).toEqual([]);
    expect(past.pageInfo).toMatchObject({
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('kinds: [COMPANY] returns only companies, on every page', async () => {
    const paged = await pages('query: "heavy industries", kinds: [COMPANY]', 2);
    const hits = paged.flatMap((page) => page.hits);
    expect(hits.map((hit) => hit.node.name)).toEqual(
      expect.arrayContaining([MHI, 'Kawasaki Heavy Industries']),
    );
    expect(new Set(hits.map((hit) => hit.node.__typename))).toEqual(new Set(['Company']));
    const all = await search('query: "heavy industries", kinds: [COMPANY], first: 100');
    expect(hits).toEqual(all.hits);
  });
});
