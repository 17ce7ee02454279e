import { describe, expect, it } from 'vitest';
import { missingSchema, schemaStatements } from '../../src/db/schema.ts';
import { toLuceneQuery } from '../../src/db/search.ts';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();
const MHI = 'Mitsubishi Heavy Industries';

interface Hit {
  score: number;
  node: { __typename: string; name?: string };
}

/** Runs `search` and returns its hits and errors, typed for these tests. */
async function search(args: string) {
  const result = (await run(
    db,
    `{ search(${args}) { score node { __typename ... on Actor { name } ... on Commodity { name } ... on Sector { name } } } }`,
  )) as { data?: { search: Hit[] } | null; errors?: readonly { message: string }[] };
  return { hits: result.data?.search ?? null, errors: result.errors };
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
      expect(hits?.[0]?.node).toEqual({ __typename: 'Company', name: MHI });
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
  });
});

interface Found {
  field: string;
  snippet: string;
  matched: string[];
  fuzzy: boolean;
  node: { __typename: string; id: string; name?: string; title?: string };
}

/** The hits with where they matched. */
async function found(query: string, kinds = ''): Promise<Found[]> {
  const result = await run(
    db,
    `query($q: String!) { search(query: $q${kinds}) { field snippet matched fuzzy node { __typename id
      ... on Actor { name } ... on Commodity { name } ... on Sector { name } ... on Measure { title } } } }`,
    { q: query },
  );
  expect(result.errors).toBeUndefined();
  return result.data.search as Found[];
}

const idOf = (hit: Found | undefined) =>
  hit ? Buffer.from(hit.node.id, 'base64').toString().replace(/^\w+:/, '') : undefined;

describe('search that forgives', () => {
  it.each([
    ['Mitsubshi Heavy', 'company:mitsubishi-heavy-industries'],
    ['rare earht', 'commodity:rare-earth-metals'],
    ['nomra', 'research-institute:nomura-research-institute'],
    ['Takiachi', 'person:sanae-takaichi'],
  ])('finds %j despite the misspelling, and says the match is fuzzy', async (query, id) => {
    const hits = await found(query);
    expect(hits.map(idOf)).toContain(id);
    expect(hits.every((hit) => hit.fuzzy)).toBe(true);
    expect(idOf(hits[0])).toBe(id);
  });

  it('allows no edit in words of 3 letters: KHI does not find MHI', async () => {
    expect((await found('KHI')).map(idOf)).toEqual(['company:kawasaki-heavy-industries']);
  });

  it.each(['licence', 'license', 'licensing', 'licences', 'Licensed'])(
    'finds the licence measure for %j (spellings and stems)',
    async (query) => {
      const hits = await found(query, ', kinds: [MEASURE]');
      expect(hits.map(idOf)).toContain('measure:cn-2026-rare-earth-licence-tightening-jp');
      expect(hits[0]?.fuzzy).toBe(false);
    },
  );

  it('folds defence/defense and nationalisation/nationalization both ways', async () => {
    expect(idOf((await found('defense', ', kinds: [SECTOR]'))[0])).toBe('sector:defence');
    const events = await found('nationalization', ', kinds: [EVENT]');
    expect(events.map(idOf)).toContain('event:jp-islands-nationalisation-2012');
  });

  it('finds aliases that are facts of their own, and says the alias matched', async () => {
    const [china] = await found('Beijing', ', kinds: [COUNTRY]');
    expect(idOf(china)).toBe('country:CN');
    expect(china).toMatchObject({ field: 'aliases', snippet: 'Beijing', matched: ['Beijing'] });
    expect(idOf((await found('Tokyo', ', kinds: [COUNTRY]'))[0])).toBe('country:JP');
    const { data } = await run(
      db,
      `{ node(id: "${Buffer.from('Country:country:CN').toString('base64')}") { ... on Country { name officialName aliasFacts { name inferred rationale sources { id } } } } }`,
    );
    expect(data.node.name).toBe('China');
    expect(data.node.officialName).toBe("People's Republic of China");
    const beijing = data.node.aliasFacts.find((a: { name: string }) => a.name === 'Beijing');
    expect(beijing).toMatchObject({ inferred: true });
    expect(beijing.rationale).toMatch(/capital/);
  });

  it('shows countries by their common name, the ISO name kept as officialName and alias', async () => {
    const [taiwan] = await found('Taiwan', ', kinds: [COUNTRY]');
    expect(taiwan?.node.name).toBe('Taiwan');
    const [iso] = await found('Province of China', ', kinds: [COUNTRY]');
    expect(iso?.node.name).toBe('Taiwan');
    expect(iso?.field).toMatch(/officialName|aliases/);
  });

  it.each([
    ['Nikkei', 'Observation', 'instrument'],
    ['travel advisory', 'Measure', 'title'],
    ['305 metric tons', 'TradeFlow', 'description'],
    ['GDP', 'ImpactEstimate', 'metric'],
    ['60% of Japan', 'SupplyDependency', 'description'],
    ['Harmonized System', 'Source', 'title'],
  ])('finds %j: every kind of node by its caption and text', async (query, type, field) => {
    const hit = (await found(query)).find((h) => h.node.__typename === type);
    expect(hit?.field).toBe(field);
    expect(hit?.matched.length).toBeGreaterThan(0);
  });

  it('finds a person by a position held, with the position as the snippet', async () => {
    const hits = await found('Chief Cabinet Secretary', ', kinds: [PERSON]');
    expect(idOf(hits[0])).toBe('person:minoru-kihara');
    expect(hits[0]).toMatchObject({ field: 'position', snippet: 'Chief Cabinet Secretary, Japan' });
  });

  it('cuts a long field around the match', async () => {
    const hit = (await found('existential threat', ', kinds: [STATEMENT]'))[0];
    expect(hit?.field).toBe('text');
    expect(hit?.snippet).toContain('existential threat');
    expect(hit?.snippet.length).toBeLessThanOrEqual(122);
  });
});
