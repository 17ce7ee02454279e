// Bad input for every mutation, by kind: wrong types, missing provenance, unknown ids, ids of the
// wrong kind, dangling relationships, quotes not in their source, oversized payloads. Each names
// the field the error must name (a ValidationError's issue path), the typed error expected, or
// the GraphQL error (for what the schema's types refuse before any resolver runs).
import { globalId } from '../helpers/graphql.ts';
import type { Variable } from './client.ts';
import { FIRM, GOOD, MEASURE, quoted, SOURCE } from './fixtures.ts';

export type Expected = { paths: string[] } | { typename: string } | { graphql: RegExp };
export type BadCase = [
  name: string,
  field: string,
  variables: Record<string, Variable>,
  expected: Expected,
];

const fact = quoted('Zmut Motors');
const node = (type: string, input: Record<string, unknown>, provenance: unknown = fact) => ({
  input: [`${type}!`, input] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
const firm = (overrides: Record<string, unknown>, provenance?: unknown) =>
  node('OrganizationInput', { id: 'company:zmut-bad', name: 'Zmut Bad', ...overrides }, provenance);
const link = (
  type: string,
  from: string,
  to: string,
  properties: unknown = null,
  provenance: unknown = quoted('relies on neodymium magnets'),
) => ({
  type: ['RelationshipType!', type] as Variable,
  from: ['ID!', from] as Variable,
  to: ['ID!', to] as Variable,
  properties: ['LinkPropertiesInput', properties] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
const status = (on: string, provenance: unknown, measure = MEASURE) => ({
  measure: ['ID!', measure] as Variable,
  status: ['MeasureStatus!', 'LIFTED'] as Variable,
  on: ['PartialDateInput!', { on }] as Variable,
  provenance: ['ProvenanceInput!', provenance] as Variable,
});
const paths = (...list: string[]) => ({ paths: list });
const long = 'x'.repeat(20_000);

export const BAD_CASES: BadCase[] = [
  // Wrong types: the schema refuses them and names the field.
  [
    'a number for a name',
    'upsertCompany',
    firm({ name: 42 }),
    { graphql: /"input\.name"; String cannot represent/ },
  ],
  [
    'text for a confidence',
    'upsertPerson',
    node('PersonInput', { id: 'person:zmut-p', name: 'P' }, { ...fact, confidence: 'high' }),
    { graphql: /"provenance\.confidence"; Float cannot represent/ },
  ],
  [
    'text for a boolean',
    'upsertGovernmentBody',
    firm({ id: 'government-body:zmut-g', stateOwned: 'yes' }),
    { graphql: /"input\.stateOwned"; Boolean cannot represent/ },
  ],
  [
    'a fraction for months',
    'upsertMeasure',
    node('MeasureInput', {
      id: 'measure:zmut-m',
      kind: 'TARIFF',
      description: 'd',
      durationMonths: 2.5,
    }),
    { graphql: /"input\.durationMonths"; Int cannot represent/ },
  ],
  [
    'an unknown status',
    'changeMeasureStatus',
    { ...status('2026-07', fact), status: ['MeasureStatus!', 'PAUSED'] },
    { graphql: /\$status.*"PAUSED"/ },
  ],
  [
    'no provenance at all',
    'upsertSector',
    { input: ['SectorInput!', { id: 'sector:zmut-s', name: 'S' }] },
    { graphql: /provenance.*is required/ },
  ],
  // Wrong formats: the seed format's rules, named by field.
  [
    'an impossible date',
    'upsertEvent',
    node('EventInput', {
      id: 'event:zmut-e',
      kind: 'TALKS',
      summary: 's',
      occurredOn: { on: '2025-13' },
    }),
    paths('input.occurredOn.on'),
  ],
  [
    'a date in words',
    'upsertStatement',
    node('StatementInput', {
      id: 'statement:zmut-s',
      text: 't',
      direct: true,
      saidOn: { on: 'March 2025' },
    }),
    paths('input.saidOn.on'),
  ],
  [
    'an unknown unit',
    'upsertObservation',
    node('ObservationInput', {
      id: 'observation:zmut-o',
      metric: 'm',
      change: { value: 1, unit: 'dollars' },
    }),
    paths('input.change.unit'),
  ],
  [
    'an unknown direction',
    'upsertObservation',
    node('ObservationInput', { id: 'observation:zmut-o', metric: 'm', direction: 'SIDEWAYS' }),
    paths('input.direction'),
  ],
  [
    'a lower-case ISO code',
    'upsertCountry',
    node('CountryInput', {
      id: 'country:zmut-c',
      name: 'C',
      iso2: 'xz',
      iso3: 'XZZ',
      isoNumeric: '999',
    }),
    paths('input.iso2'),
  ],
  [
    'a share over 1',
    'upsertSupplyDependency',
    node('SupplyDependencyInput', { id: 'supply-dependency:zmut-d', share: 1.5 }),
    paths('input.share'),
  ],
  [
    'negative months',
    'upsertImpactEstimate',
    node('ImpactEstimateInput', {
      id: 'impact-estimate:zmut-i',
      metric: 'm',
      estimate: { value: 1, unit: 'JPY' },
      scenario: 's',
      durationMonths: -1,
    }),
    paths('input.durationMonths'),
  ],
  [
    'a bad quantity',
    'upsertTradeFlow',
    node('TradeFlowInput', {
      id: 'trade-flow:zmut-t',
      period: { on: '2025-11' },
      quantity: { value: 1, unit: 'tonnes' },
    }),
    paths('input.quantity.unit'),
  ],
  [
    'a bad HS code',
    'upsertCommodity',
    node('CommodityInput', { id: 'commodity:zmut-c', name: 'C', hsCodes: ['28.05'] }),
    paths('input.hsCodes[0]'),
  ],
  [
    'a blank name',
    'upsertSector',
    node('SectorInput', { id: 'sector:zmut-s', name: '   ' }),
    paths('input.name'),
  ],
  [
    'an empty alias',
    'upsertPerson',
    node('PersonInput', { id: 'person:zmut-p', name: 'P', aliases: [''] }),
    paths('input.aliases[0]'),
  ],
  [
    'an unknown source kind',
    'upsertSource',
    { input: ['SourceInput!', { id: 'source:zmut-s', kind: 'BLOG', title: 't' }] },
    paths('input.kind'),
  ],
  [
    'a property the type does not carry',
    'link',
    link('BASED_IN', FIRM, 'country:JP', { criticality: 0.5 }, quoted('a Japanese carmaker')),
    paths('properties.criticality'),
  ],
  // Missing provenance.
  [
    'no quote',
    'upsertResearchInstitute',
    firm({ id: 'research-institute:zmut-r' }, { sourceIds: [SOURCE], confidence: 1 }),
    paths('provenance.quote'),
  ],
  [
    'inferred without a rationale',
    'upsertCompany',
    firm({}, { sourceIds: [SOURCE], confidence: 1, inferred: true }),
    paths('provenance.rationale'),
  ],
  [
    'no source',
    'upsertCompany',
    firm({}, { ...fact, sourceIds: [] }),
    paths('provenance.sourceIds'),
  ],
  [
    'a first status without its words',
    'upsertMeasure',
    node(
      'MeasureInput',
      {
        id: 'measure:zmut-m',
        kind: 'TARIFF',
        description: 'd',
        initialStatus: {
          status: 'ANNOUNCED',
          on: { on: '2026-03' },
          provenance: { sourceIds: [SOURCE], confidence: 1 },
        },
      },
      quoted('China announced'),
    ),
    paths('input.initialStatus.provenance.quote'),
  ],
  [
    'a measure without a status',
    'upsertMeasure',
    node(
      'MeasureInput',
      { id: 'measure:zmut-m', kind: 'TARIFF', description: 'd' },
      quoted('China announced'),
    ),
    paths('input.initialStatus'),
  ],
  [
    'a dependency without criticality',
    'link',
    link('DEPENDS_ON', FIRM, GOOD),
    paths('properties.criticality'),
  ],
  ['no reason', 'retract', { id: ['ID!', FIRM], reason: ['String!', '  '] }, paths('reason')],
  // Unknown ids.
  [
    'an unknown source',
    'upsertCompany',
    firm({}, { ...fact, sourceIds: ['source:zmut-nowhere'] }),
    paths('provenance.sourceIds'),
  ],
  [
    'an unknown end',
    'link',
    link('DEPENDS_ON', FIRM, 'commodity:zmut-nowhere', { criticality: 0.5 }),
    paths('to'),
  ],
  [
    'an unknown measure',
    'changeMeasureStatus',
    status('2026-07', fact, 'measure:zmut-nowhere'),
    { typename: 'NotFoundError' },
  ],
  [
    'an unknown node',
    'retract',
    { id: ['ID!', 'company:zmut-nowhere'], reason: ['String!', 'r'] },
    { typename: 'NotFoundError' },
  ],
  [
    'an unknown relationship',
    'unlink',
    {
      type: ['RelationshipType!', 'BASED_IN'],
      from: ['ID!', FIRM],
      to: ['ID!', 'country:FR'],
      reason: ['String!', 'r'],
    },
    { typename: 'NotFoundError' },
  ],
  // Ids of the wrong kind.
  [
    'an id with another label’s prefix',
    'upsertMediaOutlet',
    firm({ id: 'company:zmut-m' }),
    paths('input.id'),
  ],
  [
    'a company as a source',
    'upsertCompany',
    firm({}, { ...fact, sourceIds: [FIRM] }),
    paths('provenance.sourceIds[0]'),
  ],
  [
    'a country where a firm or sector must be',
    'link',
    link('DEPENDS_ON', 'country:JP', GOOD, { criticality: 0.5 }),
    paths('from'),
  ],
  [
    'a global id of another type',
    'link',
    link('DEPENDS_ON', globalId('Country', FIRM), GOOD, { criticality: 0.5 }),
    paths('from'),
  ],
  [
    'a firm as a measure',
    'changeMeasureStatus',
    status('2026-07', fact, FIRM),
    { typename: 'NotFoundError' },
  ],
  // Quotes not in their source.
  [
    'a quote the source does not hold',
    'upsertCompany',
    firm({}, quoted('Zmut Motors builds ships')),
    paths('provenance.quote'),
  ],
  [
    'a status change misquoted',
    'changeMeasureStatus',
    status('2026-07', quoted('lifted in July')),
    paths('provenance.quote'),
  ],
  [
    'a link misquoted',
    'link',
    link('DEPENDS_ON', FIRM, GOOD, { criticality: 0.5 }, quoted('needs magnets')),
    paths('provenance.quote'),
  ],
  // Oversized payloads.
  ['a name of 20,000 characters', 'upsertCompany', firm({ name: long }), paths('input.name')],
  [
    '101 aliases',
    'upsertCompany',
    firm({ aliases: Array.from({ length: 101 }, (_, i) => `a${i}`) }),
    paths('input.aliases'),
  ],
  [
    'a source description of 20,000 characters',
    'upsertSource',
    {
      input: [
        'SourceInput!',
        { id: 'source:zmut-s', kind: 'ARTICLE', title: 't', description: long },
      ],
    },
    paths('input.description'),
  ],
  [
    'an idempotency key of 300 characters',
    'upsertSector',
    {
      ...node('SectorInput', { id: 'sector:zmut-s', name: 'S' }),
      idempotencyKey: ['String', 'k'.repeat(300)],
    },
    paths('idempotencyKey'),
  ],
];
