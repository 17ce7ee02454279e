/** Search that forgives: misspellings, stems, spellings, aliases, every kind, fields and snippets. */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();

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
    `query($q: String!) { search(query: $q${kinds}) { edges { field snippet matched fuzzy node { __typename id
      ... on Actor { name } ... on Commodity { name } ... on Sector { name } ... on Measure { title } } } } }`,
    { q: query },
  );
  expect(result.errors).toBeUndefined();
  return result.data.search.edges as Found[];
}

const idOf = (hit: Found | undefined) => hit?.node.id;

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
