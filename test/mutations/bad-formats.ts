// Bad input, wrong types and formats: what the schema's types refuse, and what the seed
// format's rules refuse, each naming the field.
import type { BadCase } from './bad-case-builders.ts';
import { fact, firm, link, node, paths, status } from './bad-case-builders.ts';
import { FIRM, quoted } from './fixtures.ts';

export const FORMAT_CASES: BadCase[] = [
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
];
