import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { asker, edgeIds } from './ask.ts';

const db = testDatabase();
const ask = asker(db);

const KIHARA = globalId('Person', 'person:minoru-kihara');
const TAIWAN = globalId('Country', 'country:TW');
const CHINA = globalId('Country', 'country:CN');
const DUAL_USE_BAN = globalId('Measure', 'measure:cn-2026-dual-use-export-ban-jp');

const statements = async (filter: string, variables: Record<string, unknown> = {}) => {
  const declared = Object.keys(variables).map((name) => `$${name}: [ID!]`);
  const header = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const data = await ask(
    `query${header} { statements(first: 100, filter: ${filter}) { totalCount edges { node { id } } } }`,
    variables,
  );
  expect(data.statements.totalCount).toBe(data.statements.edges.length);
  return edgeIds(data.statements);
};

describe('statements: who said what', () => {
  it('reads Kihara’s “targeting only our country”: his words, where, about what, says who', async () => {
    const data = await ask(
      `query($id: ID!) { node(id: $id) { ... on Statement {
         text direct reportedly attributedTo quote confidence sources { title publisher }
         saidOn { date precision inferred }
         by { edges { quote node { name ... on Person { id } } } }
         madeAt { edges { inferred rationale node { kind summary } } }
         about { edges { node { ... on Measure { id kind } } } }
      } } }`,
      { id: globalId('Statement', 'statement:kihara-targeting-only-our-country') },
    );
    const said = data.node;
    expect(said).toMatchObject({
      text: 'targeting only our country',
      direct: true,
      reportedly: false,
      attributedTo: null,
      quote: 'described China’s action as “targeting only our country,”',
      confidence: 1,
    });
    expect(said.sources).toEqual([
      { title: expect.stringMatching(/China curbs dual-use exports/), publisher: null },
    ]);
    expect(said.saidOn).toEqual({ date: '2026-01-07', precision: 'DAY', inferred: true });
    expect(said.by.edges).toEqual([
      {
        quote: 'Minoru Kihara, described China’s action as “targeting only our country,”',
        node: { name: 'Minoru Kihara', id: KIHARA },
      },
    ]);
    expect(said.madeAt.edges[0].node.kind).toBe('PRESS_CONFERENCE');
    expect(said.madeAt.edges[0].inferred).toBe(true);
    expect(said.madeAt.edges[0].rationale).toMatch(/one appearance/);
    expect(said.about.edges[0].node).toEqual({ id: DUAL_USE_BAN, kind: 'EXPORT_CONTROL' });
  });

  it('reads Ishii’s quote, Trump’s reported urging and the analysts’ unnamed warning', async () => {
    const data = await ask(
      `query($ishii: ID!, $trump: ID!, $analysts: ID!) {
        ishii: node(id: $ishii) { ... on Statement { text direct madeAt { edges { node { kind } } }
          about { edges { node { ... on Node { id } } } } } }
        trump: node(id: $trump) { ... on Statement { reportedly confidence by { edges { node { name } } } } }
        analysts: node(id: $analysts) { ... on Statement { attributedTo by { totalCount }
          about { edges { node { ... on Node { id } } } } } }
      }`,
      {
        ishii: globalId('Statement', 'statement:ishii-will-drag-on'),
        trump: globalId('Statement', 'statement:trump-urged-takaichi-not-to-escalate'),
        analysts: globalId('Statement', 'statement:analysts-warn-manufacturing-consequences'),
      },
    );
    expect(data.ishii.text).toBe(
      'I think this will drag on for quite a while. President Xi seems a bit angry.',
    );
    expect(data.ishii.direct).toBe(true);
    expect(data.ishii.madeAt.edges).toEqual([{ node: { kind: 'INTERVIEW' } }]);
    expect(edgeIds(data.ishii.about)).toEqual(['event:cn-jp-dispute-2025', 'person:xi-jinping']);
    expect(data.trump).toEqual({
      reportedly: true,
      confidence: 0.7,
      by: { edges: [{ node: { name: 'Donald Trump' } }] },
    });
    expect(data.analysts.attributedTo).toBe('Analysts');
    expect(data.analysts.by.totalCount).toBe(0);
    expect(edgeIds(data.analysts.about)).toEqual([
      'measure:cn-2026-rare-earth-licence-tightening-jp',
      'sector:automotive',
      'sector:manufacturing',
    ]);
  });

  it('lists statements in the order they were said, ties by id, undated last', async () => {
    expect(await statements('{}')).toEqual([
      'statement:takaichi-taiwan-existential-threat', // November 2025
      'statement:trump-urged-takaichi-not-to-escalate',
      'statement:ishii-will-drag-on', // 6 January 2026
      'statement:kihara-declined-to-speculate', // 7 January 2026
      'statement:kihara-deviates-from-international-norms',
      'statement:kihara-items-not-yet-determined',
      'statement:kihara-targeting-only-our-country',
      'statement:analysts-warn-manufacturing-consequences', // undated
      'statement:article-taiwan-democratically-governed',
      'statement:beijing-taiwan-part-of-its-territory',
    ]);
  });

  it('filters by speaker and by subject, alone or together', async () => {
    expect(await statements('{by: $by}', { by: [KIHARA] })).toEqual([
      'statement:kihara-declined-to-speculate',
      'statement:kihara-deviates-from-international-norms',
      'statement:kihara-items-not-yet-determined',
      'statement:kihara-targeting-only-our-country',
    ]);
    expect(await statements('{about: $about}', { about: [TAIWAN] })).toEqual([
      'statement:takaichi-taiwan-existential-threat',
      'statement:article-taiwan-democratically-governed',
      'statement:beijing-taiwan-part-of-its-territory',
    ]);
    expect(await statements('{by: $by, about: $about}', { by: [CHINA], about: [TAIWAN] })).toEqual([
      'statement:beijing-taiwan-part-of-its-territory',
    ]);
    expect(await statements('{about: $about}', { about: [DUAL_USE_BAN] })).toHaveLength(4);
    expect(await statements('{by: $by}', { by: [] })).toEqual([]);
  });

  it('pages with cursors', async () => {
    const first = await ask(
      '{ statements(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.statements.pageInfo.hasNextPage).toBe(true);
    const next = await ask(
      'query($after: String) { statements(first: 3, after: $after) { edges { node { id } } } }',
      {
        after: first.statements.pageInfo.endCursor,
      },
    );
    expect(edgeIds(next.statements)[0]).toBe('statement:kihara-declined-to-speculate');
  });
});
