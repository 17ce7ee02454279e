// Every root list hides a fact retracted through the `retract` mutation, and shows it again with
// `includeRetracted: true`; `totalCount` counts the same set. One fact of each kind, each
// retracted in its own case, so the cases do not lean on each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, removeMutationData } from './client.ts';
import { SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate, read } = client(db);
const provenance = { sourceIds: [SOURCE], confidence: 0.5, inferred: true, rationale: 'A test.' };

/** List field, its extra arguments, the upsert, its input type, the input. */
type Case = [field: string, args: string, upsert: string, type: string, input: { id: string }];
const listed = (
  field: string,
  args: string,
  upsert: string,
  type: string,
  input: { id: string } & Record<string, unknown>,
): Case => [field, args, upsert, type, input];
const CASES: Case[] = [
  // Ordered by name, after 249 seed countries: the name sorts first to land on the first page.
  listed('countries', '', 'upsertCountry', 'CountryInput', {
    id: 'country:zmut-land',
    name: 'Aa Zmutland',
    iso2: 'XZ',
    iso3: 'XZZ',
    isoNumeric: '999',
  }),
  listed('actors', 'filter: { kinds: [PERSON] }', 'upsertPerson', 'PersonInput', {
    id: 'person:zmut-ana',
    name: 'Ana Zmut',
  }),
  listed('companies', '', 'upsertCompany', 'OrganizationInput', {
    id: 'company:zmut-works',
    name: 'Zmut Works',
  }),
  listed('commodities', 'filter: { hsCode: "2805" }', 'upsertCommodity', 'CommodityInput', {
    id: 'commodity:zmut-ore',
    name: 'Zmut ore',
    hsCodes: ['2805.30'],
  }),
  listed('sectors', '', 'upsertSector', 'SectorInput', {
    id: 'sector:zmut-cars',
    name: 'Zmut cars',
  }),
  listed('measures', '', 'upsertMeasure', 'MeasureInput', {
    id: 'measure:zmut-tariff',
    kind: 'TARIFF',
    description: 'A tariff.',
    initialStatus: { status: 'ANNOUNCED', on: { on: '2026-03' } },
  }),
  listed('events', 'filter: { kinds: ["ZMUT_TALKS"] }', 'upsertEvent', 'EventInput', {
    id: 'event:zmut-talks',
    kind: 'ZMUT_TALKS',
    summary: 'Talks.',
    occurredOn: { on: '2026-02-01' },
  }),
  listed('statements', '', 'upsertStatement', 'StatementInput', {
    id: 'statement:zmut-said',
    text: 'We object.',
    direct: true,
  }),
  listed('observations', '', 'upsertObservation', 'ObservationInput', {
    id: 'observation:zmut-fall',
    metric: 'index',
    direction: 'DOWN',
  }),
  listed('tradeFlows', '', 'upsertTradeFlow', 'TradeFlowInput', {
    id: 'trade-flow:zmut-ore',
    period: { on: '2025-11' },
    quantity: { value: 305, unit: 'metric_ton' },
  }),
  listed('supplyDependencies', '', 'upsertSupplyDependency', 'SupplyDependencyInput', {
    id: 'supply-dependency:zmut-ore',
    share: 0.6,
  }),
  listed('impactEstimates', '', 'upsertImpactEstimate', 'ImpactEstimateInput', {
    id: 'impact-estimate:zmut-cost',
    metric: 'GDP',
    estimate: { value: 660, unit: 'JPY' },
    scenario: 'a curb',
  }),
];

let before: Awaited<ReturnType<typeof graphChecksum>>;
const created = new Map<string, string>();
beforeAll(async () => {
  await removeMutationData(db);
  before = await graphChecksum(db);
  await mutate('upsertSource', sourceVariables());
  const other = {
    id: 'source:zmut-other',
    kind: 'REPORT',
    title: 'Zmut report',
    text: 'A report.',
  };
  await mutate('upsertSource', { input: ['SourceInput!', other] });
  for (const [, , upsert, type, input] of CASES) {
    const { data, error } = await mutate(upsert, {
      input: [`${type}!`, input],
      provenance: ['ProvenanceInput!', provenance],
    });
    expect(error).toBeUndefined();
    created.set(input.id, data.node.id);
  }
  created.set('source:zmut-other', globalId('Source', 'source:zmut-other'));
});
afterAll(async () => {
  await removeMutationData(db);
  expect(await graphChecksum(db)).toEqual(before);
});

const retract = async (id: string) => {
  const { error } = await mutate('retract', { id: ['ID!', id], reason: ['String!', 'A test.'] });
  expect(error).toBeUndefined();
};

describe('a retracted fact in a root list', () => {
  const lists: [field: string, args: string, id: string][] = [
    ...CASES.map(([field, args, , , input]): [string, string, string] => [field, args, input.id]),
    ['sources', 'filter: { kinds: [REPORT] }', 'source:zmut-other'],
  ];
  it.each(lists)('%s: hidden by default, shown with includeRetracted', async (field, args, id) => {
    const query = `query($all: Boolean) {
      list: ${field}(first: 100, includeRetracted: $all ${args}) { totalCount edges { node { id } } }
    }`;
    const ask = async (all?: boolean) => {
      const { list } = await read(query, all === undefined ? {} : { all });
      return {
        total: list.totalCount,
        ids: list.edges.map((e: { node: { id: string } }) => e.node.id),
      };
    };
    const standing = await ask();
    expect(standing.ids).toContain(created.get(id));
    await retract(id);
    const hidden = await ask();
    expect(hidden.ids).not.toContain(created.get(id));
    expect(hidden.total).toBe(standing.total - 1);
    const shown = await ask(true);
    expect(shown.ids).toContain(created.get(id));
    expect(shown.total).toBe(standing.total);
    expect(await ask(false)).toEqual(hidden);
  });

  it('search: hidden by default, shown with includeRetracted', async () => {
    const { data } = await mutate('upsertMediaOutlet', {
      input: ['OrganizationInput!', { id: 'media-outlet:zmut-daily', name: 'Zmut Daily' }],
      provenance: ['ProvenanceInput!', provenance],
    });
    const query = `query($all: Boolean) {
      search(query: "Zmut Daily", kinds: [ORGANIZATION], includeRetracted: $all) {
        edges { node { id } }
      }
    }`;
    const hits = async (all?: boolean) =>
      (await read(query, { all })).search.edges.map((hit: { node: { id: string } }) => hit.node.id);
    expect(await hits()).toContain(data.node.id);
    await retract('media-outlet:zmut-daily');
    expect(await hits()).not.toContain(data.node.id);
    expect(await hits(true)).toContain(data.node.id);
  });
});
