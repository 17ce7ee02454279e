// Quotes that name what they support, aliases as facts, and the scope of a measure, as the
// reader checks and normalises them (docs/seed-format.md).
import { afterAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/load/read/read.ts';
import {
  acme as acmeNode,
  basedIn,
  facts,
  japan,
  removeSeedFolders,
  seedFolder,
  source,
} from './fixtures.ts';

afterAll(removeSeedFolders);

const read = async (file: unknown) => readSeed(await seedFolder({ 'facts.yaml': file }));
const messages = async (file: unknown) => {
  const result = await read(file);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('a quote names what it supports', () => {
  it('accepts a quote that names both ends', async () => {
    expect(await messages(facts())).toEqual([]);
  });

  it('refuses a quote that names neither end', async () => {
    const prices = { ...basedIn, quote: 'Prices rose about 5%' };
    const errors = await messages({ ...facts(), relationships: [prices] });
    expect(errors).toEqual([
      expect.stringMatching(/^relationships\[0\]\.quote: the quote does not name "company:acme"/),
    ]);
  });

  it('refuses a quote that names only the other end of a fact about a named thing', async () => {
    const onlyJapan = { ...basedIn, quote: 'widgets in Japan' };
    const errors = await messages({ ...facts(), relationships: [onlyJapan] });
    expect(errors[0]).toMatch(/does not name "company:acme", whom the fact \(BASED_IN/);
  });

  it('counts aliases and the words a nameless node quotes itself as naming it', async () => {
    const measure = {
      id: 'measure:prices',
      label: 'Measure',
      kind: 'OTHER',
      description: 'Prices rose.',
      quote: 'Prices rose about 5%',
      confidence: 1,
      statusHistory: [{ status: 'IN_FORCE', on: '2025-03', quote: 'in March 2025' }],
    };
    const targets = {
      type: 'TARGETS',
      from: 'measure:prices',
      to: 'country:JP',
      quote: 'rose about 5% in March',
      confidence: 1,
    };
    // "Acme" is only an alias: the name is "Acme Corporation".
    const alias = { ...basedIn, quote: 'Acme Corp makes widgets' };
    const nodes = [japan, { ...acmeNode(), name: 'Acme Corporation', aliases: ['Acme'] }, measure];
    expect(await messages({ ...facts(), nodes, relationships: [alias, targets] })).toEqual([]);
  });

  it('lets an inferred fact with no quote through, and skips the check when restoring', async () => {
    const inferred = { ...basedIn, quote: undefined, inferred: true, rationale: 'Known.' };
    expect(await messages({ ...facts(), relationships: [inferred] })).toEqual([]);
    const prices = { ...basedIn, quote: 'Prices rose about 5%' };
    const folder = await seedFolder({ 'facts.yaml': { ...facts(), relationships: [prices] } });
    expect((await readSeed(folder, { mode: 'import', restore: true })).ok).toBe(true);
  });
});

describe('aliases as facts', () => {
  it('stores an alias with provenance of its own as an Alias node, and lists every name', async () => {
    const acme = {
      ...acmeNode(),
      aliases: [
        'ACME',
        { name: 'Widget Co', inferred: true, rationale: 'Trade press.', confidence: 0.8 },
      ],
    };
    const result = await read({ ...facts(), nodes: [japan, acme] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [file] = result.files;
    const node = file?.nodes.find((n) => n.id === 'company:acme');
    expect(node?.props.aliases).toEqual(['ACME', 'Widget Co']);
    const fact = file?.nodes.find((n) => n.labels[0] === 'Alias');
    expect(fact).toMatchObject({
      id: 'company:acme/alias/widget-co',
      props: { name: 'Widget Co', ownerId: 'company:acme', inferred: true, confidence: 0.8 },
    });
    expect(file?.relationships.map((r) => r.id)).toContain(
      'company:acme-[ALSO_KNOWN_AS]->company:acme/alias/widget-co',
    );
  });

  it('checks an alias’s quote word for word, and wants a rationale when inferred', async () => {
    const quoted = { ...acmeNode(), aliases: [{ name: 'AC', quote: 'not in the text' }] };
    expect((await messages({ ...facts(), nodes: [japan, quoted] })).join('\n')).toMatch(
      /aliases\[0\]\.quote: quote is not word for word/,
    );
    const inferred = { ...acmeNode(), aliases: [{ name: 'X', inferred: true }] };
    expect((await messages({ ...facts(), nodes: [japan, inferred] })).join('\n')).toMatch(
      /aliases\[0\]\.rationale/,
    );
  });
});

describe('the scope of a measure', () => {
  const measure = (extra: Record<string, unknown>) => ({
    id: 'measure:widget-licence',
    label: 'Measure',
    kind: 'EXPORT_CONTROL',
    description: 'Widget exports need a licence.',
    quote: 'Acme Corp makes widgets',
    confidence: 1,
    statusHistory: [{ status: 'IN_FORCE', on: '2025-03', quote: 'in March 2025' }],
    ...extra,
  });

  it('takes all destinations with the words that say so, and all except a list with EXEMPTS', async () => {
    const all = measure({ scope: 'ALL_EXCEPT', scopeQuote: 'makes widgets in Japan' });
    const exempts = {
      type: 'EXEMPTS',
      from: 'measure:widget-licence',
      to: 'country:JP',
      quote: 'in Japan',
      confidence: 1,
    };
    const result = await read({
      ...facts(),
      nodes: [...facts().nodes, all],
      relationships: [basedIn, exempts],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const node = result.files[0]?.nodes.find((n) => n.id === 'measure:widget-licence');
    expect(node?.props).toMatchObject({
      scope: 'ALL_EXCEPT',
      scopeQuote: 'makes widgets in Japan',
    });
  });

  it('refuses a scope with no words or rationale, scope words on named targets, and a scope quote not in the text', async () => {
    const bare = await messages({
      ...facts(),
      nodes: [...facts().nodes, measure({ scope: 'ALL_DESTINATIONS' })],
    });
    expect(bare.join('\n')).toMatch(
      /scopeQuote: a scope of all destinations needs the words that say so/,
    );
    const named = await messages({
      ...facts(),
      nodes: [...facts().nodes, measure({ scopeQuote: 'widgets' })],
    });
    expect(named.join('\n')).toMatch(
      /scopeQuote belongs to a scope of ALL_DESTINATIONS or ALL_EXCEPT/,
    );
    const wrong = await messages({
      sources: [source],
      defaultSourceIds: ['source:doc'],
      nodes: [japan, measure({ scope: 'ALL_DESTINATIONS', scopeQuote: 'to all destinations' })],
    });
    expect(wrong.join('\n')).toMatch(/scopeQuote: quote is not word for word/);
  });
});
