// Each upsert's happy path: created with knowledge time and the key's name as author, read back
// through the read API; the same input again changes nothing; changed input keeps a version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, removeMutationData, type Variable } from './client.ts';
import { FIRM, firmVariables, quoted, SOURCE, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate, read } = client(db);
beforeAll(async () => {
  await removeMutationData(db);
  expect((await mutate('upsertSource', sourceVariables())).data.counts.nodes.created).toBe(1);
});
afterAll(() => removeMutationData(db));

const inferred = { sourceIds: [SOURCE], confidence: 0.5, inferred: true, rationale: 'A test.' };
const node = (
  field: string,
  type: string,
  input: Record<string, unknown>,
): [string, string, Record<string, Variable>] => [
  field,
  type,
  { input: [`${type}!`, input], provenance: ['ProvenanceInput!', inferred] },
];

/** One upsert per mutation, with the fields a reader can check on the type. */
const CASES = [
  node('upsertCountry', 'CountryInput', {
    id: 'country:zmut-land',
    name: 'Zmutland',
    iso2: 'XZ',
    iso3: 'XZZ',
    isoNumeric: '999',
  }),
  node('upsertPerson', 'PersonInput', {
    id: 'person:zmut-ana',
    name: 'Ana Zmut',
    aliases: ['Ana'],
  }),
  node('upsertGovernmentBody', 'OrganizationInput', {
    id: 'government-body:zmut-customs',
    name: 'Zmut Customs',
    stateOwned: true,
  }),
  node('upsertMediaOutlet', 'OrganizationInput', {
    id: 'media-outlet:zmut-daily',
    name: 'Zmut Daily',
  }),
  node('upsertResearchInstitute', 'OrganizationInput', {
    id: 'research-institute:zmut-lab',
    name: 'Zmut Lab',
  }),
  node('upsertCommodity', 'CommodityInput', {
    id: 'commodity:zmut-ore',
    name: 'Zmut ore',
    hsCodes: ['2805.30'],
  }),
  node('upsertSector', 'SectorInput', { id: 'sector:zmut-cars', name: 'Zmut cars' }),
  node('upsertMeasure', 'MeasureInput', {
    id: 'measure:zmut-tariff',
    kind: 'TARIFF',
    description: 'A tariff.',
    initialStatus: { status: 'ANNOUNCED', on: { on: '2026-03' } },
  }),
  node('upsertEvent', 'EventInput', {
    id: 'event:zmut-talks',
    kind: 'TALKS',
    summary: 'Talks.',
    occurredOn: { on: '2026-02-01' },
  }),
  node('upsertStatement', 'StatementInput', {
    id: 'statement:zmut-said',
    text: 'We object.',
    direct: true,
  }),
  node('upsertObservation', 'ObservationInput', {
    id: 'observation:zmut-fall',
    metric: 'index',
    direction: 'DOWN',
    change: { value: -1, unit: 'percent', approximate: true },
  }),
  node('upsertTradeFlow', 'TradeFlowInput', {
    id: 'trade-flow:zmut-ore',
    period: { on: '2025-11' },
    quantity: { value: 305, unit: 'metric_ton' },
  }),
  node('upsertSupplyDependency', 'SupplyDependencyInput', {
    id: 'supply-dependency:zmut-ore',
    share: 0.6,
    approximate: true,
  }),
  node('upsertImpactEstimate', 'ImpactEstimateInput', {
    id: 'impact-estimate:zmut-cost',
    metric: 'GDP',
    estimate: { value: 660, unit: 'JPY' },
    scenario: 'a curb',
    durationMonths: 3,
  }),
];

describe('an upsert', () => {
  it.each(CASES)('%s creates the node, with who and when', async (field, _type, variables) => {
    const { data, error, errors } = await mutate(field, variables);
    expect(errors).toBeUndefined();
    expect(error).toBeUndefined();
    // A measure's first status is a node of its own (StatusChange), joined by HAD_STATUS.
    const created = field === 'upsertMeasure' ? 2 : 1;
    expect(data).toMatchObject({
      counts: { nodes: { created, updated: 0, unchanged: 0 } },
      by: 'api:zmut-alice',
      replayed: false,
    });
    const id = (variables.input as Variable)[1] as { id: string };
    const { node: stored } = await read(
      'query($id: ID!) { node(id: $id) { ... on Fact { assertedAt assertedBy inferred rationale retracted { at } } } }',
      { id: data.node.id },
    );
    expect(stored).toEqual({
      assertedAt: data.at,
      assertedBy: 'api:zmut-alice',
      inferred: true,
      rationale: 'A test.',
      retracted: null,
    });
    expect(data.node.id).toBe(id.id); // the global id is the graph id
  });

  it('writes a company, reads it back, changes nothing when repeated', async () => {
    const first = await mutate('upsertCompany', firmVariables({ aliases: ['Zmut'] }));
    expect(first.data.counts.nodes).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const { node: firm } = await read(
      'query($id: ID!) { node(id: $id) { ... on Company { name aliases kind quote sources { id } } } }',
      { id: globalId('Company', FIRM) },
    );
    expect(firm).toEqual({
      name: 'Zmut Motors',
      aliases: ['Zmut'],
      kind: 'carmaker',
      quote: 'Zmut Motors, a Japanese carmaker',
      sources: [{ id: globalId('Source', SOURCE) }],
    });
    const again = await mutate('upsertCompany', firmVariables({ aliases: ['Zmut'] }));
    expect(again.data.counts.nodes).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('that changes a node keeps what it replaced as a version', async () => {
    const changed = await mutate('upsertCompany', firmVariables({ name: 'Zmut Motor Co.' }));
    expect(changed.data.counts.nodes).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const versions = await db.runText<{ name: string; aliases: string[]; by: string }>(
      `MATCH (:Entity {id: $id})-[:PREVIOUS_VERSION]->(v:Version)
       RETURN v.name AS name, v.aliases AS aliases, v.supersededBy AS by`,
      { id: FIRM },
    );
    expect(versions).toEqual([{ name: 'Zmut Motors', aliases: ['Zmut'], by: 'api:zmut-alice' }]);
  });

  it('of a source stores its text, which later quotes are checked against', async () => {
    const { node: source } = await read(
      'query($id: ID!) { node(id: $id) { ... on Source { title } } }',
      { id: globalId('Source', SOURCE) },
    );
    expect(source).toEqual({ title: 'A test note' });
    const stated = await mutate('upsertCompany', firmVariables({}, quoted('relies on neodymium')));
    expect(stated.error).toBeUndefined();
  });
});
