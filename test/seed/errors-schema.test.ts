// Entries that break the format give an error naming the file and the path inside it.
import { afterAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/load/read/read.ts';
import type { SeedError } from '../../src/model/format.ts';
import { acme, facts, japan, removeSeedFolders, seedFolder } from './fixtures.ts';

afterAll(removeSeedFolders);

async function errorsOf(files: Record<string, unknown>): Promise<SeedError[]> {
  const result = await readSeed(await seedFolder(files));
  if (result.ok) throw new Error('expected the seed to be rejected');
  return result.errors;
}

const event = (occurredOn: unknown) => ({
  id: 'event:price-rise',
  label: 'Event',
  kind: 'PRICE_RISE',
  summary: 'Prices rose.',
  occurredOn,
  quote: 'Prices rose',
  confidence: 1,
});

describe('readSeed rejects entries that break the format, naming file and path', () => {
  it('a wrong type', async () => {
    const errors = await errorsOf({
      'facts.yaml': { ...facts(), nodes: [japan, acme({ confidence: 'high' })] },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'nodes[1].confidence',
        message: expect.stringMatching(/wrong type: expected number/),
      }),
    );
  });

  it('missing provenance', async () => {
    const bare = { id: 'company:acme', label: 'Company', name: 'Acme Corp' };
    const errors = await errorsOf({ 'facts.yaml': { ...facts(), nodes: [japan, bare] } });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'nodes[1].confidence',
        message: expect.stringMatching(/missing required/),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'nodes[1].quote',
        message: expect.stringMatching(/needs a quote/),
      }),
    );
  });

  it('an inferred fact without a rationale', async () => {
    const errors = await errorsOf({
      'facts.yaml': { ...facts(), nodes: [japan, acme({ quote: undefined, inferred: true })] },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'nodes[1].rationale',
        message: expect.stringMatching(/rationale/),
      }),
    );
  });

  it('an unknown label and an unknown property', async () => {
    const errors = await errorsOf({
      'facts.yaml': facts({
        nodes: [
          { ...acme({ id: 'company:other' }), label: 'Corporation' },
          acme({ id: 'company:third', ceo: 'Wile' }),
        ],
      }),
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'nodes[2].label',
        message: expect.stringMatching(
          /unknown label "Corporation"; expected one of: Country, Person/,
        ),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'nodes[3].ceo',
        message: expect.stringMatching(/unknown property "ceo"/),
      }),
    );
  });

  it('bad dates', async () => {
    const errors = await errorsOf({
      'facts.yaml': facts({
        nodes: [
          event('2025-13'),
          { ...event({ on: '2025-02-30' }), id: 'event:b' },
          { ...event('March 2025'), id: 'event:c' },
        ],
      }),
    });
    const paths = errors
      .filter((error) => /calendar date/.test(error.message))
      .map((error) => error.path);
    expect(paths).toEqual(['nodes[2].occurredOn', 'nodes[3].occurredOn.on', 'nodes[4].occurredOn']);
  });

  it('a status history out of date order', async () => {
    const measure = {
      id: 'measure:m',
      label: 'Measure',
      kind: 'TARIFF',
      description: 'A tariff.',
      quote: 'Prices rose',
      confidence: 1,
      statusHistory: [
        { status: 'IN_FORCE', on: '2025-03', quote: 'Prices rose' },
        { status: 'ANNOUNCED', on: '2025-01', quote: 'Prices rose' },
      ],
    };
    const errors = await errorsOf({ 'facts.yaml': facts({ nodes: [measure] }) });
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'nodes[2].statusHistory[1].on',
        message: expect.stringMatching(/date order/),
      }),
    );
  });

  it('YAML that does not parse, with its line', async () => {
    const errors = await errorsOf({ 'broken.yaml': 'nodes:\n  - id: [unclosed\n' });
    expect(errors[0]).toMatchObject({
      file: 'broken.yaml',
      path: '',
      message: expect.stringMatching(/not valid YAML/),
    });
    expect(errors[0]?.line).toBeGreaterThan(0);
  });
});
