// The README's GraphQL example runs as written, with the ids and captions it promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's example", () => {
  it('answers who is exposed to the dual-use curb, by readable ids and captions, with quotes', async () => {
    const example = /For example[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('measure:cn-2026-dual-use-export-ban-jp');
    const { data, errors } = await run(db, example ?? '');
    expect(errors).toBeUndefined();
    expect(data.exposedFirms.error).toBeNull();
    const edges = data.exposedFirms.edges as {
      node: { firm: { id: string; label: string }; path: { hops: { quote: string | null }[] } };
    }[];
    expect(edges.map((edge) => edge.node.firm)).toEqual(
      expect.arrayContaining([
        { id: 'company:kawasaki-heavy-industries', label: 'Kawasaki Heavy Industries' },
        { id: 'company:mitsubishi-heavy-industries', label: 'Mitsubishi Heavy Industries' },
      ]),
    );
    expect(edges[0]?.node.path.hops.some((hop) => hop.quote)).toBe(true);
  });
});
