// Seeds whose files do not hold together (ids, endpoints, sources, quotes) give an error naming
// the file and the path inside it; all errors come at once.
import { afterAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/load/read/read.ts';
import type { SeedError } from '../../src/model/format.ts';
import { acme, basedIn, facts, japan, removeSeedFolders, seedFolder, source } from './fixtures.ts';

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

describe('readSeed rejects seeds that do not hold together, naming file and path', () => {
  it('a dangling relationship endpoint', async () => {
    const errors = await errorsOf({
      'facts.yaml': facts({ relationships: [{ ...basedIn, to: 'country:XX' }] }),
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'relationships[1].to',
        message: 'no node has id "country:XX"',
      }),
    );
  });

  it('an endpoint whose label the type does not allow', async () => {
    const errors = await errorsOf({
      'facts.yaml': facts({
        relationships: [{ ...basedIn, from: 'country:JP', to: 'company:acme' }],
      }),
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'relationships[1].from',
        message: expect.stringMatching(
          /BASED_IN cannot start at "country:JP" \(Country\); allowed: Organization/,
        ),
      }),
    );
  });

  it('a duplicate id, within a file and across files', async () => {
    const errors = await errorsOf({
      'a.yaml': facts({ nodes: [acme()] }),
      'b.yaml': { defaultSourceIds: ['source:doc'], nodes: [acme()] },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'a.yaml',
        path: 'nodes[2].id',
        message: expect.stringMatching(
          /duplicate id "company:acme": first defined in a.yaml at nodes\[1\]/,
        ),
      }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ file: 'b.yaml', path: 'nodes[0].id' }));
  });

  it('a duplicate relationship without a key', async () => {
    const errors = await errorsOf({ 'facts.yaml': facts({ relationships: [basedIn] }) });
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'relationships[1]',
        message: expect.stringMatching(/duplicate relationship .*give one a distinct key/),
      }),
    );
  });

  it('a quote that is not in its source', async () => {
    const errors = await errorsOf({
      'facts.yaml': { ...facts(), nodes: [japan, acme({ quote: 'Acme Inc' })] },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'facts.yaml',
        path: 'nodes[1].quote',
        message: expect.stringMatching(/not word for word in source "source:doc"/),
      }),
    );
  });

  it('unknown sources, missing sources and an unreadable text file', async () => {
    const errors = await errorsOf({
      'facts.yaml': {
        sources: [{ ...source, text: undefined, textFile: 'missing.txt' }],
        nodes: [japan, acme({ sourceIds: ['source:nowhere'] })],
      },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'sources[0].textFile',
        message: expect.stringMatching(/cannot read text file missing.txt/),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'nodes[0].sourceIds',
        message: expect.stringMatching(/no sourceIds/),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'nodes[1].sourceIds',
        message: expect.stringMatching(/unknown source "source:nowhere"/),
      }),
    );
  });

  it('a reference to a node defined in a later file', async () => {
    const errors = await errorsOf({
      'a.yaml': { sources: [source], defaultSourceIds: ['source:doc'], relationships: [basedIn] },
      'b.yaml': { defaultSourceIds: ['source:doc'], nodes: [japan, acme()] },
    });
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'a.yaml',
        path: 'relationships[0].from',
        message: expect.stringMatching(/later file \(b.yaml\)/),
      }),
    );
  });

  it('reports every error at once, with lines', async () => {
    const errors = await errorsOf({
      'facts.yaml': facts({
        nodes: [acme({ id: 'company:x', confidence: 2 }), event('2025-00')],
        relationships: [{ ...basedIn, to: 'country:XX' }],
      }),
    });
    expect(errors.map((error) => error.path)).toEqual([
      'nodes[2].confidence',
      'nodes[3].occurredOn',
      'relationships[1].to',
    ]);
    expect(errors.every((error) => typeof error.line === 'number')).toBe(true);
  });
});
