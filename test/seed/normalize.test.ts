// The normalised form the writer depends on: flat properties, dates with precision, quantities
// split, integers marked, super-labels, status histories as nodes, stable relationship ids.
import { afterAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/load/read/read.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';
import { basedIn, facts, removeSeedFolders, seedFolder, source, TEXT } from './fixtures.ts';

afterAll(removeSeedFolders);

async function filesOf(files: Record<string, unknown>): Promise<NormalizedSeedFile[]> {
  const result = await readSeed(await seedFolder(files));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.files;
}

const measure = {
  id: 'measure:price-cap',
  label: 'Measure',
  kind: 'OTHER',
  description: 'A cap on widget prices.',
  durationMonths: 3,
  quote: 'Prices rose about 5% in March 2025',
  confidence: 0.9,
  statusHistory: [
    { status: 'ANNOUNCED', on: 2025, quote: 'Prices rose' },
    {
      status: 'IN_FORCE',
      on: { on: '2025-03', inferred: true, rationale: 'From the rise.' },
      inferred: true,
      rationale: 'Guess.',
      confidence: 0.5,
    },
  ],
};

const observation = {
  id: 'observation:prices',
  label: 'Observation',
  metric: 'widget prices',
  change: { value: 5, unit: 'percent', approximate: true },
  observedOn: '2025-03',
  quote: 'Prices rose about 5% in March 2025',
  confidence: 1,
};

describe('normalised form', () => {
  it('flattens dates, quantities and whole numbers and fills provenance', async () => {
    const [file] = await filesOf({ 'facts.yaml': facts({ nodes: [observation, measure] }) });
    const node = file?.nodes.find((n) => n.id === 'observation:prices');
    expect(node).toEqual({
      id: 'observation:prices',
      labels: ['Observation'],
      props: {
        id: 'observation:prices',
        metric: 'widget prices',
        changeValue: 5,
        changeUnit: 'percent',
        changeApproximate: true,
        observedOn: { $date: '2025-03-01' },
        observedOnPrecision: 'month',
        sourceIds: ['source:doc'],
        quote: 'Prices rose about 5% in March 2025',
        confidence: 1,
        inferred: false,
        rationale: null,
      },
    });
    const cap = file?.nodes.find((n) => n.id === 'measure:price-cap');
    expect(cap?.props).toMatchObject({
      durationMonths: { $int: 3 },
      hypothetical: false,
      status: 'IN_FORCE',
      announcedOn: { $date: '2025-01-01' },
      announcedOnPrecision: 'year',
      effectiveFrom: { $date: '2025-03-01' },
      effectiveFromPrecision: 'month',
      effectiveFromInferred: true,
      effectiveFromRationale: 'From the rise.',
    });
  });

  it('turns a status history into StatusChange nodes joined by HAD_STATUS', async () => {
    const [file] = await filesOf({ 'facts.yaml': facts({ nodes: [measure] }) });
    const changes = file?.nodes.filter((n) => n.labels[0] === 'StatusChange');
    expect(changes?.map((n) => n.id)).toEqual([
      'measure:price-cap/status/0',
      'measure:price-cap/status/1',
    ]);
    expect(changes?.[1]?.props).toMatchObject({
      measureId: 'measure:price-cap',
      status: 'IN_FORCE',
      index: { $int: 1 },
      on: { $date: '2025-03-01' },
      onPrecision: 'month',
      onInferred: true,
      sourceIds: ['source:doc'],
      quote: null,
      confidence: 0.5,
      inferred: true,
      rationale: 'Guess.',
    });
    expect(changes?.[0]?.props.confidence).toBe(0.9); // inherited from the measure
    const links = file?.relationships.filter((r) => r.type === 'HAD_STATUS').map((r) => r.id);
    expect(links).toEqual([
      'measure:price-cap-[HAD_STATUS]->measure:price-cap/status/0',
      'measure:price-cap-[HAD_STATUS]->measure:price-cap/status/1',
    ]);
  });

  it('adds super-labels and builds relationship ids from type and key', async () => {
    const second = { ...basedIn, key: 'registered' };
    const [file] = await filesOf({ 'facts.yaml': facts({ relationships: [second] }) });
    expect(file?.nodes.find((n) => n.id === 'company:acme')?.labels).toEqual([
      'Company',
      'Organization',
      'Actor',
    ]);
    expect(file?.nodes.find((n) => n.id === 'country:JP')?.labels).toEqual(['Country', 'Actor']);
    expect(file?.relationships.map((r) => r.id)).toEqual([
      'company:acme-[BASED_IN]->country:JP',
      'company:acme-[BASED_IN#registered]->country:JP',
    ]);
    expect(file?.relationships[1]?.props).toMatchObject({
      id: 'company:acme-[BASED_IN#registered]->country:JP',
      key: 'registered',
    });
  });

  it('reads JSON, loads text files, and puts reference files first', async () => {
    const reference = { sources: [{ ...source, text: undefined, textFile: '../doc.txt' }] };
    const files = await filesOf({
      'a.json': JSON.stringify({ defaultSourceIds: ['source:doc'], nodes: [facts().nodes[0]] }),
      'reference/sources.yaml': reference,
      'doc.txt': TEXT,
    });
    expect(files.map((f) => f.file)).toEqual(['reference/sources.yaml', 'a.json']);
    expect(files[0]?.nodes[0]?.props).toMatchObject({
      text: TEXT,
      textFile: '../doc.txt',
      titleSupplied: false,
    });
  });
});
