// The committed seed: it reads without errors, every quote is word for word in its source
// (the quote-fidelity test), the facts that matter are there, and exposure paths exist.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES_FILE, renderCountries } from '../../src/generate/reference-countries.ts';
import { readSeed } from '../../src/load/read/read.ts';
import type { NormalizedNode, NormalizedRelationship, PropValue } from '../../src/model/format.ts';

const SEED = new URL('../../seed/', import.meta.url).pathname;
const ARTICLE = new URL(
  '../../seed/sources/china-japan-dual-use-export-curbs.txt',
  import.meta.url,
);
const SHARED_ARTICLE = new URL(
  '../../../shared/sources/china-japan-dual-use-export-curbs.txt',
  import.meta.url,
);

let nodes: Map<string, NormalizedNode>;
let relationships: NormalizedRelationship[];

beforeAll(async () => {
  const result = await readSeed(SEED);
  if (!result.ok) throw new Error(`seed has errors:\n${JSON.stringify(result.errors, null, 2)}`);
  nodes = new Map(result.files.flatMap((file) => file.nodes).map((node) => [node.id, node]));
  relationships = result.files.flatMap((file) => file.relationships);
});

const props = (id: string) => nodes.get(id)?.props ?? {};
const facts = () => [...nodes.values(), ...relationships].filter((fact) => fact.props.sourceIds);

describe('the committed seed', () => {
  it('reads with no errors and holds all of ISO 3166-1', () => {
    const countries = [...nodes.values()].filter((node) => node.labels[0] === 'Country');
    expect(countries).toHaveLength(249);
    for (const iso2 of ['JP', 'CN', 'US', 'TW']) expect(nodes.has(`country:${iso2}`)).toBe(true);
  });

  it('has every quote word for word in the text of each of its sources', () => {
    let checked = 0;
    for (const fact of facts()) {
      const quote = fact.props.quote;
      if (quote === null) continue;
      for (const sourceId of fact.props.sourceIds as string[]) {
        const text = props(sourceId).text;
        expect(typeof text, `${fact.id}: source ${sourceId} has no text`).toBe('string');
        expect((text as string).includes(quote as string), `${fact.id}: ${quote}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(450);
  });

  it('quotes every stated fact and explains every inferred one', () => {
    for (const fact of facts()) {
      if (fact.props.inferred) expect(fact.props.rationale, fact.id).toEqual(expect.any(String));
      else expect(fact.props.quote, fact.id).toEqual(expect.any(String));
    }
  });

  // The shared original sits outside the repository; where it is absent there is nothing to compare.
  it.skipIf(!existsSync(SHARED_ARTICLE))('keeps a byte-for-byte copy of the article', async () => {
    expect((await readFile(ARTICLE)).equals(await readFile(SHARED_ARTICLE))).toBe(true);
  });

  it('keeps countries.yaml as the generator writes it', async () => {
    expect(await readFile(COUNTRIES_FILE, 'utf8')).toBe(renderCountries());
  });

  it('stores only flat properties Neo4j accepts', () => {
    const flat = (value: PropValue) =>
      value === null ||
      ['string', 'number', 'boolean'].includes(typeof value) ||
      Array.isArray(value) ||
      Object.keys(value).every((key) => key === '$date' || key === '$int');
    for (const fact of [...nodes.values(), ...relationships]) {
      for (const [key, value] of Object.entries(fact.props))
        expect(flat(value), `${fact.id}.${key}`).toBe(true);
    }
  });

  it('holds the article’s key figures', () => {
    expect(props('observation:nikkei-fell-2026-01-07')).toMatchObject({
      changeValue: -1,
      changeUnit: 'percent',
    });
    expect(props('trade-flow:cn-jp-rare-earths-2025-11')).toMatchObject({
      period: { $date: '2025-11-01' },
      quantityValue: 305,
      quantityUnit: 'metric_ton',
      changeValue: 35,
    });
    expect(props('supply-dependency:jp-rare-earths-from-cn')).toMatchObject({
      share: 0.6,
      approximate: true,
    });
    expect(props('impact-estimate:kiuchi-3-month-curb-cost')).toMatchObject({
      estimateValue: 660_000_000_000,
      estimateUnit: 'JPY',
      estimateConvertedValue: 4_210_000_000,
      estimateConvertedUnit: 'USD',
      durationMonths: { $int: 3 },
    });
    expect(props('impact-estimate:kiuchi-1-year-ban-gdp')).toMatchObject({ estimateValue: -0.43 });
    expect(props('measure:cn-2026-rare-earth-licence-tightening-jp').status).toBe(
      'UNDER_CONSIDERATION',
    );
    expect(props('source:china-japan-dual-use-export-curbs')).toMatchObject({
      publishedOn: { $date: '2026-01-07' },
      publishedOnInferred: true,
    });
  });

  it('lets an exposure path reach KHI and MHI through their defence and aerospace role', () => {
    const exposed = exposedTo('measure:cn-2026-dual-use-export-ban-jp');
    for (const id of [
      'company:kawasaki-heavy-industries',
      'company:mitsubishi-heavy-industries',
      'sector:automotive',
      'sector:defence',
      'sector:aerospace',
      'sector:semiconductors',
    ]) {
      expect(exposed, id).toContain(id);
    }
    expect(exposedTo('measure:cn-2026-rare-earth-licence-tightening-jp')).toContain(
      'sector:automotive',
    );
    // Their own paths: the firm makes (or is in a sector that makes) something rare earths go into.
    for (const firm of [
      'company:kawasaki-heavy-industries',
      'company:mitsubishi-heavy-industries',
    ]) {
      const sectors = relationships.filter((r) => r.type === 'IN_SECTOR' && r.from === firm);
      expect(sectors.map((r) => r.to).sort()).toEqual(['sector:aerospace', 'sector:defence']);
      const made = relationships.filter((r) => r.type === 'PRODUCES' && r.from === firm);
      expect(made.length).toBeGreaterThan(0);
      for (const r of made) expect(r.props.rationale, r.id).toEqual(expect.any(String));
    }
  });

  it('gives every inferred hop of those paths a rationale', () => {
    for (const r of relationships.filter((r) =>
      ['PRODUCES', 'INPUT_TO', 'IN_SECTOR', 'BASED_IN'].includes(r.type),
    )) {
      if (r.props.inferred) expect(r.props.rationale, r.id).toEqual(expect.any(String));
    }
  });
});

/**
 * Firms and sectors exposed to a measure: those that depend on a good it covers (the good, a
 * member of a covered class, or anything made from one: INPUT_TO forward, MEMBER_OF backward) or
 * make something made from one; and firms in such a sector. Firms must be based in a country the
 * measure targets.
 */
function exposedTo(measureId: string): string[] {
  const from = (type: string, id: string) =>
    relationships.filter((r) => r.type === type && r.from === id).map((r) => r.to);
  const to = (type: string, id: string) =>
    relationships.filter((r) => r.type === type && r.to === id).map((r) => r.from);
  const covered = new Set(from('COVERS', measureId));
  for (const good of covered) for (const member of to('MEMBER_OF', good)) covered.add(member);
  const madeFrom = new Set<string>();
  for (const good of [...covered, ...madeFrom])
    for (const next of from('INPUT_TO', good)) if (!madeFrom.has(next)) madeFrom.add(next);
  const grow = [...madeFrom];
  while (grow.length > 0) {
    const good = grow.pop() as string;
    for (const next of from('INPUT_TO', good))
      if (!madeFrom.has(next)) {
        madeFrom.add(next);
        grow.push(next);
      }
  }
  const targets = new Set(from('TARGETS', measureId));
  const dependents = new Set(
    relationships
      .filter(
        (r) =>
          (r.type === 'DEPENDS_ON' && (covered.has(r.to) || madeFrom.has(r.to))) ||
          (r.type === 'PRODUCES' && madeFrom.has(r.to)),
      )
      .map((r) => r.from),
  );
  for (const sector of [...dependents].filter((id) => id.startsWith('sector:')))
    for (const firm of to('IN_SECTOR', sector)) dependents.add(firm);
  return [...dependents].filter(
    (id) => id.startsWith('sector:') || from('BASED_IN', id).some((c) => targets.has(c)),
  );
}
