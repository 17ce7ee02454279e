// Bad input, references and payloads: missing provenance, unknown ids, ids of the wrong kind,
// dangling ends, quotes not in their source, oversized fields.
import { legacyGlobalId } from '../helpers/graphql.ts';
import type { BadCase } from './bad-case-builders.ts';
import { fact, firm, link, long, node, paths, status } from './bad-case-builders.ts';
import { FIRM, GOOD, quoted, SOURCE } from './fixtures.ts';

export const REFERENCE_CASES: BadCase[] = [
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
    'an id of the earlier form (base64) naming another type',
    'link',
    link('DEPENDS_ON', legacyGlobalId('Country', FIRM), GOOD, { criticality: 0.5 }),
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
  [
    'a source text that drops quoted words',
    'upsertSource',
    {
      input: [
        'SourceInput!',
        { id: SOURCE, kind: 'ARTICLE', title: 'A test note', text: 'Other.' },
      ],
    },
    paths('input.text'),
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
