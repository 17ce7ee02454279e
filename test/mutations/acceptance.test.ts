// Issue 5's acceptance case, through the API as an analyst would do it: a later curb on other
// goods (gallium, and the power chips made with it) against another country (South Korea), from
// a new source, with the firms that depend on those goods; exposedFirms then answers with the
// new paths, hop by hop, each with the words that support it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, removeMutationData, type Variable } from './client.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const TEXT =
  'On 1 March 2026 China announced a ban on exports of gallium to South Korea, in force from 1 April. Gallium is used to make power chips. Hanseong Semiconductor, a South Korean chipmaker, depends on power chips made with gallium. Daejin Displays, also South Korean, uses gallium directly.';
const SOURCE = 'source:zmut-kr-gallium-ban';
const MEASURE = 'measure:zmut-cn-2026-gallium-ban-kr';
const GALLIUM = 'commodity:zmut-gallium';
const CHIPS = 'commodity:zmut-power-chips';
const HANSEONG = 'company:zmut-hanseong';
const DAEJIN = 'company:zmut-daejin';

const says = (quote: string) =>
  ['ProvenanceInput!', { sourceIds: [SOURCE], quote, confidence: 1 }] as Variable;
const write = async (field: string, variables: Record<string, Variable>) => {
  const answer = await mutate(field, variables);
  expect(answer.error ?? answer.errors).toBeUndefined();
  return answer.data;
};
const node = (field: string, type: string, input: Record<string, unknown>, quote: string) =>
  write(field, { input: [type, input], provenance: says(quote) });
const link = (type: string, from: string, to: string, quote: string, criticality?: number) =>
  write('link', {
    type: ['RelationshipType!', type],
    from: ['ID!', from],
    to: ['ID!', to],
    properties: ['LinkPropertiesInput', criticality === undefined ? null : { criticality }],
    provenance: says(quote),
  });

beforeAll(async () => {
  await removeMutationData(db);
  await write('upsertSource', {
    input: [
      'SourceInput!',
      {
        id: SOURCE,
        kind: 'ARTICLE',
        title: 'China bans gallium exports to South Korea',
        text: TEXT,
      },
    ],
  });
  await node('upsertCommodity', 'CommodityInput!', { id: GALLIUM, name: 'Gallium' }, 'gallium');
  await node(
    'upsertCommodity',
    'CommodityInput!',
    { id: CHIPS, name: 'Power chips' },
    'power chips',
  );
  await link('INPUT_TO', GALLIUM, CHIPS, 'Gallium is used to make power chips', 0.9);
  await node(
    'upsertMeasure',
    'MeasureInput!',
    {
      id: MEASURE,
      kind: 'EXPORT_BAN',
      description: 'China bans exports of gallium to South Korea.',
      initialStatus: {
        status: 'ANNOUNCED',
        on: { on: '2026-03-01' },
        provenance: {
          sourceIds: [SOURCE],
          quote: 'On 1 March 2026 China announced',
          confidence: 1,
        },
      },
    },
    'China announced a ban on exports of gallium to South Korea',
  );
  await write('changeMeasureStatus', {
    measure: ['ID!', MEASURE],
    status: ['MeasureStatus!', 'IN_FORCE'],
    on: ['PartialDateInput!', { on: '2026-04-01' }],
    provenance: says('in force from 1 April'),
  });
  await link('IMPOSED_BY', MEASURE, 'country:CN', 'China announced');
  await link('TARGETS', MEASURE, 'country:KR', 'to South Korea');
  await link('COVERS', MEASURE, GALLIUM, 'exports of gallium');
  await node(
    'upsertCompany',
    'OrganizationInput!',
    { id: HANSEONG, name: 'Hanseong Semiconductor', kind: 'chipmaker' },
    'Hanseong Semiconductor',
  );
  await link('BASED_IN', HANSEONG, 'country:KR', 'a South Korean chipmaker');
  await link('DEPENDS_ON', HANSEONG, CHIPS, 'depends on power chips made with gallium', 0.8);
  await node(
    'upsertCompany',
    'OrganizationInput!',
    { id: DAEJIN, name: 'Daejin Displays' },
    'Daejin Displays',
  );
  await link('BASED_IN', DAEJIN, 'country:KR', 'also South Korean');
  await link('DEPENDS_ON', DAEJIN, GALLIUM, 'uses gallium directly', 0.6);
});
afterAll(() => removeMutationData(db));

const EXPOSED = `query($measure: ID!, $asOf: Date) {
  exposedFirms(measure: $measure, asOf: $asOf) {
    totalCount edges { node {
      firm { name } score
      path { status hops { type quote from { id } to { id } } }
    } }
  }
}`;

describe('an analyst adds a new measure, its goods and the firms that need them', () => {
  it('and exposedFirms answers with the new paths, hop by hop, with their words', async () => {
    const data = await read(EXPOSED, { measure: globalId('Measure', MEASURE), asOf: '2026-05-01' });
    const firms = data.exposedFirms.edges.map((e: { node: unknown }) => e.node);
    expect(
      firms.map((f: { firm: { name: string }; score: number }) => [f.firm.name, f.score]),
    ).toEqual([
      ['Hanseong Semiconductor', expect.closeTo(0.8 * 0.9, 9)],
      ['Daejin Displays', expect.closeTo(0.6, 9)],
    ]);
    expect(firms[0].path.hops).toEqual([
      {
        type: 'DEPENDS_ON',
        quote: 'depends on power chips made with gallium',
        from: { id: globalId('Company', HANSEONG) },
        to: { id: globalId('Commodity', CHIPS) },
      },
      {
        type: 'INPUT_TO',
        quote: 'Gallium is used to make power chips',
        from: { id: globalId('Commodity', GALLIUM) },
        to: { id: globalId('Commodity', CHIPS) },
      },
      {
        type: 'COVERS',
        quote: 'exports of gallium',
        from: { id: globalId('Measure', MEASURE) },
        to: { id: globalId('Commodity', GALLIUM) },
      },
      {
        type: 'TARGETS',
        quote: 'to South Korea',
        from: { id: globalId('Measure', MEASURE) },
        to: { id: globalId('Country', 'country:KR') },
      },
      {
        type: 'BASED_IN',
        quote: 'a South Korean chipmaker',
        from: { id: globalId('Company', HANSEONG) },
        to: { id: globalId('Country', 'country:KR') },
      },
    ]);
    expect(firms[0].path.status).toBe('IN_FORCE');
  });

  it('with the status of the day asked: announced in March, in force from April', async () => {
    const march = await read(EXPOSED, {
      measure: globalId('Measure', MEASURE),
      asOf: '2026-03-15',
    });
    const scores = march.exposedFirms.edges.map((e: { node: { score: number } }) => e.node.score);
    expect(scores).toEqual([expect.closeTo(0.7 * 0.72, 9), expect.closeTo(0.7 * 0.6, 9)]);
    const february = await read(EXPOSED, {
      measure: globalId('Measure', MEASURE),
      asOf: '2026-02-01',
    });
    expect(february.exposedFirms.totalCount).toBe(0);
  });
});
