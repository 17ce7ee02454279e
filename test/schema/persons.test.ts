import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { localIds, readNode } from '../helpers/read-node.ts';

const db = testDatabase();

describe('persons', () => {
  it('reads Sanae Takaichi: Prime Minister of Japan, with the words that say so, what she said and did, and what was said of her', async () => {
    const takaichi = await readNode(
      db,
      globalId('Person', 'person:sanae-takaichi'),
      `... on Person { name aliases
         positions { edges { title quote confidence sources { title } node { __typename ... on Country { iso3 } } } }
         statements { edges { node { id ... on Statement { text } } } }
         events { edges { node { id } } }
         mentionedIn { edges { node { ... on Node { id } } } }
         observations { edges { node { id } } } }`,
    );
    expect(takaichi.name).toBe('Sanae Takaichi');
    expect(takaichi.aliases).toContain('Takaichi');
    expect(takaichi.positions.edges).toHaveLength(1);
    expect(takaichi.positions.edges[0]).toMatchObject({
      title: 'Prime Minister',
      quote: 'Japanese Prime Minister Sanae Takaichi',
      confidence: 1,
      node: { __typename: 'Country', iso3: 'JPN' },
    });
    expect(takaichi.positions.edges[0].sources).toHaveLength(1);
    expect(takaichi.statements.edges).toEqual([
      {
        node: {
          id: globalId('Statement', 'statement:takaichi-taiwan-existential-threat'),
          text: 'A Chinese attack on democratically-governed Taiwan could constitute an existential threat to Japan.',
        },
      },
    ]);
    expect(localIds(takaichi.events)).toEqual(['event:takaichi-taiwan-remarks']);
    expect(localIds(takaichi.mentionedIn)).toEqual([
      'statement:trump-urged-takaichi-not-to-escalate',
    ]);
    expect(localIds(takaichi.observations)).toEqual(['observation:takaichi-domestic-popularity']);
  });

  it('reads Takahide Kiuchi, economist at Nomura Research Institute, and his three estimates', async () => {
    const kiuchi = await readNode(
      db,
      globalId('Person', 'person:takahide-kiuchi'),
      `... on Person {
         positions { edges { title node { name } } }
         estimates { totalCount edges { node { id } } } }`,
    );
    expect(kiuchi.positions.edges).toEqual([
      { title: 'Economist', node: { name: 'Nomura Research Institute' } },
    ]);
    expect(kiuchi.estimates.totalCount).toBe(3);
    expect(localIds(kiuchi.estimates)).toContain('impact-estimate:kiuchi-1-year-ban-gdp');
  });

  it('reads Xi Jinping as involved in the trade truce Trump made', async () => {
    const xi = await readNode(
      db,
      globalId('Person', 'person:xi-jinping'),
      '... on Actor { involvedIn { edges { node { id } } } events { totalCount } }',
    );
    expect(localIds(xi.involvedIn)).toEqual(['event:trump-xi-trade-truce']);
    expect(xi.events.totalCount).toBe(0);
  });
});
