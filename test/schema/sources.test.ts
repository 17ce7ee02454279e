import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { asker, edgeIds } from './ask.ts';

const db = testDatabase();
const ask = asker(db);
const ARTICLE = 'source:china-japan-dual-use-export-curbs';

describe('sources', () => {
  it('lists the documents by id, with totalCount and a kind filter', async () => {
    const all = await ask('{ sources { totalCount edges { node { id kind } } } }');
    expect(edgeIds(all.sources)).toEqual([
      'source:analyst-background',
      ARTICLE,
      'source:iso-3166-1',
      'source:wco-hs-2022',
    ]);
    expect(all.sources.totalCount).toBe(4);
    const standards = await ask(
      '{ sources(filter: {kinds: [STANDARD]}) { totalCount edges { node { id version publisher } } } }',
    );
    expect(standards.sources.totalCount).toBe(2);
    expect(standards.sources.edges[1].node).toEqual({
      id: expect.any(String),
      version: 'HS 2022 (in force from 1 January 2022)',
      publisher: 'World Customs Organization',
    });
    const page = await ask(
      '{ sources(first: 1, filter: {kinds: [ARTICLE, OTHER]}) { edges { node { id } } pageInfo { hasNextPage } } }',
    );
    expect(edgeIds(page.sources)).toEqual(['source:analyst-background']);
    expect(page.sources.pageInfo.hasNextPage).toBe(true);
  });

  it('describes the article: a title the project supplied, publisher unknown, an inferred date', async () => {
    const data = await ask(
      '{ sources(filter: {kinds: [ARTICLE]}) { edges { node { title titleSupplied kind publisher url language description text publishedOn { date precision inferred rationale } } } } }',
    );
    const article = data.sources.edges[0].node;
    expect(article).toMatchObject({
      title:
        "China curbs dual-use exports to Japan as the dispute over Takaichi's Taiwan remarks escalates",
      titleSupplied: true,
      kind: 'ARTICLE',
      publisher: null,
      url: null,
      language: 'en',
    });
    expect(article.publishedOn).toMatchObject({
      date: '2026-01-07',
      precision: 'DAY',
      inferred: true,
    });
    expect(article.publishedOn.rationale).toMatch(/Wednesday/);
    expect(article.text).toMatch(/^Dual-use items—goods, software, or technologies/);
    expect(article.text).toContain('“targeting only our country,”');
  });

  it('every quote of every event, statement and figure is word for word in each of its sources', async () => {
    const fact = 'quote sources { id text }';
    const edgeFacts = `{ edges { ${fact} } }`;
    const data = await ask(`{
      events(first: 100) { edges { node { id ${fact} by ${edgeFacts} about ${edgeFacts} } } }
      statements(first: 100) { edges { node { id ${fact} by ${edgeFacts} madeAt ${edgeFacts} } } }
      observations(first: 100) { edges { node { id ${fact} of ${edgeFacts} } } }
      tradeFlows(first: 100) { edges { node { id ${fact} from ${edgeFacts} } } }
      supplyDependencies(first: 100) { edges { node { id ${fact} supplier ${edgeFacts} } } }
      impactEstimates(first: 100) { edges { node { id ${fact} estimatedBy ${edgeFacts} } } }
    }`);
    type Fact = { quote: string | null; sources: { id: string; text: string | null }[] };
    const facts: Fact[] = [];
    for (const list of Object.values(data) as { edges: { node: Record<string, unknown> }[] }[]) {
      for (const { node } of list.edges) {
        facts.push(node as unknown as Fact);
        for (const value of Object.values(node)) {
          const edges = (value as { edges?: Fact[] } | null)?.edges;
          if (edges) facts.push(...edges);
        }
      }
    }
    expect(facts.length).toBeGreaterThanOrEqual(70); // 34 nodes and 36 edges in the seed
    for (const { quote, sources } of facts) {
      expect(sources.length).toBeGreaterThan(0);
      if (quote === null) continue;
      for (const source of sources) expect(source.text ?? '').toContain(quote);
    }
  });
});
