// `label` on every node: a caption a front end shows without a fragment per type
// (src/schema/nodes/caption.ts). Asked of the seeded article's nodes, through node(), nodes() and
// search.
import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../src/schema/nodes/caption.ts';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';

const db = testDatabase();

async function labels(ids: string[]): Promise<(string | null)[]> {
  const { data, errors } = await run(db, 'query($ids: [ID!]!) { nodes(ids: $ids) { id label } }', {
    ids,
  });
  expect(errors).toBeUndefined();
  return (data.nodes as ({ label: string } | null)[]).map((node) => node?.label ?? null);
}

describe('label', () => {
  it('is the name, the title, or the status and its day, per type', async () => {
    expect(
      await labels([
        'company:kawasaki-heavy-industries',
        'country:JP',
        'measure:cn-2026-dual-use-export-ban-jp',
        'measure:cn-2026-dual-use-export-ban-jp/status/0',
      ]),
    ).toEqual([
      'Kawasaki Heavy Industries',
      'Japan',
      'Dual-use export curbs on Japan',
      expect.stringMatching(/^[A-Z_]+ on \d{4}-\d{2}-\d{2}$/),
    ]);
  });

  it('is a statement’s text cut at a word, at most 80 characters', async () => {
    const [label] = await labels(['statement:takaichi-taiwan-existential-threat']);
    expect(label).toBe('A Chinese attack on democratically-governed Taiwan could constitute an…');
    expect(label?.length).toBeLessThanOrEqual(80);
  });

  it('captions search hits without a fragment per type', async () => {
    const { data, errors } = await run(
      db,
      '{ search(query: "Kawasaki", first: 3) { edges { node { id label } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.search.edges[0].node).toEqual({
      id: 'company:kawasaki-heavy-industries',
      label: 'Kawasaki Heavy Industries',
    });
    for (const hit of data.search.edges) expect(hit.node.label).not.toBe('');
  });
});

describe('cutAtWord', () => {
  it('keeps a short text whole, and cuts a long one at a word with an ellipsis', () => {
    expect(cutAtWord('Japan')).toBe('Japan');
    expect(cutAtWord('one two three four', 12)).toBe('one two…');
    expect(cutAtWord('a  text\nover lines', 80)).toBe('a text over lines');
    expect(cutAtWord('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
