// The depth rule (src/security/depth.ts) on documents alone: what counts as a level.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentDepth } from '../../src/security/depth.ts';

const depth = (text: string) => documentDepth(parse(text));

describe('documentDepth', () => {
  it('counts each field, and a connection’s edges { node } pair once', () => {
    expect(depth('{ version }')).toBe(1);
    expect(depth('{ countries { totalCount } }')).toBe(2);
    expect(depth('{ countries { edges { node { id } } } }')).toBe(3);
    expect(
      depth('{ countries { edges { node { organizations { edges { node { name } } } } } } }'),
    ).toBe(5);
    expect(depth('{ search(query: "x") { edges { score node { id } } } }')).toBe(3);
    // `node` counts where it is not a connection edge's: the root field, a hop's end.
    expect(depth('{ node(id: "country:JP") { id } }')).toBe(2);
  });

  it('counts no level for fragments, follows spreads, and survives a cycle', () => {
    const spread = 'fragment F on Country { organizations { edges { node { name } } } }';
    expect(depth(`{ countries { edges { node { ... on Country { ...F } } } } } ${spread}`)).toBe(5);
    expect(depth('fragment A on Query { ...B } fragment B on Query { ...A } { ...A }')).toBe(0);
  });

  it('leaves __schema out (bounded by the schema), but counts __type, which can nest', () => {
    expect(depth('{ __schema { types { fields { type { ofType { name } } } } } }')).toBe(0);
    expect(depth('{ __type(name: "Country") { fields { type { name } } } }')).toBe(4);
    expect(depth('{ countries { __typename } }')).toBe(2);
  });
});
