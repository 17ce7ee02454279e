/**
 * The generator: deterministic, and its output is a graph the writer accepts: unique ids,
 * relationships between nodes that exist (in the same or an earlier file), provenance on every
 * fact with quotes cut from their source's text, a real-shaped HS hierarchy and INPUT_TO cycles.
 */
import { describe, expect, it } from 'vitest';
import { countOf, generateGraph } from '../../src/generate/generate.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';

const graph = await generateGraph({ firms: 300, seed: 'test' });
const nodes = graph.files.flatMap((f) => f.nodes);
const relationships = graph.files.flatMap((f) => f.relationships);
const byId = new Map(nodes.map((n) => [n.id, n]));

describe('the benchmark graph generator', () => {
  it('gives byte-identical output for the same seed, and other output for another', async () => {
    const again = await generateGraph({ firms: 300, seed: 'test' });
    expect(JSON.stringify(again.files)).toBe(JSON.stringify(graph.files));
    const other = await generateGraph({ firms: 300, seed: 'other' });
    expect(JSON.stringify(other.files)).not.toBe(JSON.stringify(graph.files));
  });

  it('writes unique ids and relationships whose ends exist in the same or an earlier file', () => {
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(new Set(relationships.map((r) => r.id)).size).toBe(relationships.length);
    const seen = new Set<string>();
    for (const file of graph.files as NormalizedSeedFile[]) {
      for (const node of file.nodes) seen.add(node.id);
      const dangling = file.relationships.filter((r) => !seen.has(r.from) || !seen.has(r.to));
      expect(dangling.map((r) => r.id)).toEqual([]);
    }
  });

  it('gives every fact its provenance: a quote from its source, or a rationale when inferred', () => {
    const facts = [...nodes.filter((n) => n.labels[0] !== 'Source'), ...relationships];
    for (const fact of facts) {
      const { sourceIds, quote, inferred, rationale } = fact.props;
      expect(Array.isArray(sourceIds) && sourceIds.length > 0, fact.id).toBe(true);
      if (inferred)
        expect(typeof rationale === 'string' && rationale.length > 0, fact.id).toBe(true);
      else {
        const text = String(byId.get((sourceIds as string[])[0] ?? '')?.props.text ?? '');
        expect(text.includes(String(quote)), `${fact.id}: "${quote}"`).toBe(true);
      }
    }
  });

  it('uses the real countries and an HS hierarchy: subheading → heading → chapter', () => {
    expect(nodes.filter((n) => n.labels[0] === 'Country').length).toBeGreaterThan(240);
    expect(byId.get('country:JP')?.props.iso3).toBe('JPN');
    const memberOf = (id: string) =>
      relationships.find(
        (r) => r.type === 'MEMBER_OF' && r.from === id && r.to.startsWith('commodity:hs-'),
      )?.to;
    expect(memberOf('commodity:hs-2805')).toBe('commodity:hs-28');
    const sub = nodes.find((n) => n.id.startsWith('commodity:hs-2805.'));
    expect(sub && memberOf(sub.id)).toBe('commodity:hs-2805');
  });

  it('closes cycles in INPUT_TO', () => {
    const inputsOf = new Map<string, string[]>();
    for (const r of relationships.filter((r) => r.type === 'INPUT_TO')) {
      inputsOf.set(r.to, [...(inputsOf.get(r.to) ?? []), r.from]);
    }
    const onCycle = [...inputsOf.keys()].some((start) => {
      const stack = [...(inputsOf.get(start) ?? [])];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (next === start) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(inputsOf.get(next) ?? []));
      }
      return false;
    });
    expect(onCycle).toBe(true);
  });

  it('gives firms heavy-tailed dependency counts and measures every status', () => {
    const counts = new Map<string, number>();
    for (const r of relationships.filter(
      (r) => r.type === 'DEPENDS_ON' && r.from.startsWith('company:'),
    )) {
      counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(sorted.at(-1) ?? 0).toBeGreaterThan(5 * median);
    const statuses = new Set(
      nodes.filter((n) => n.labels[0] === 'StatusChange').map((n) => n.props.status),
    );
    expect([...statuses].sort()).toEqual([
      'ANNOUNCED',
      'IN_FORCE',
      'LIFTED',
      'SUSPENDED',
      'UNDER_CONSIDERATION',
    ]);
    expect(countOf(graph.files).relationships).toBeGreaterThan(3000);
  });
});
