import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { localIds, names, readNode } from '../helpers/read-node.ts';

const db = testDatabase();

describe('sectors', () => {
  it('reads defence: part of manufacturing, KHI and MHI in it, what it makes', async () => {
    const defence = await readNode(
      db,
      globalId('Sector', 'sector:defence'),
      `... on Sector { name aliases quote
         subsectorOf { edges { inferred node { name } } }
         companies { edges { quote node { name } } }
         dependsOn { edges { criticality inferred node { name } } }
         produces { edges { node { name } } } }`,
    );
    expect(defence).toMatchObject({ name: 'Defence', quote: 'major defense contractors' });
    expect(defence.aliases).toContain('defense');
    expect(defence.subsectorOf.edges).toEqual([
      { inferred: true, node: { name: 'Manufacturing' } },
    ]);
    expect(names(defence.companies)).toEqual([
      'Kawasaki Heavy Industries',
      'Mitsubishi Heavy Industries',
    ]);
    // It needs rare earths through what it makes (docs/exposure.md), not DEPENDS_ON.
    expect(defence.dependsOn.edges).toEqual([]);
    expect(names(defence.produces)).toEqual([
      'Aircraft',
      'Munitions of war, including missiles',
      'Unmanned aircraft',
    ]);
  });

  it('reads manufacturing’s subsectors, the analysts’ warning about it, and the measures aimed at whole industries', async () => {
    const manufacturing = await readNode(
      db,
      globalId('Sector', 'sector:manufacturing'),
      `... on Sector { subsectors { edges { quote node { name } } }
         mentionedIn { edges { node { ... on Node { id } } } } }`,
    );
    expect(names(manufacturing.subsectors)).toEqual([
      'Aerospace',
      'Automotive',
      'Defence',
      'Semiconductors',
    ]);
    expect(manufacturing.subsectors.edges[1].quote).toBe(
      'Japan’s manufacturing sector, particularly its automotive industry',
    );
    expect(localIds(manufacturing.mentionedIn)).toEqual([
      'statement:analysts-warn-manufacturing-consequences',
    ]);
    const tourism = await readNode(
      db,
      globalId('Sector', 'sector:tourism'),
      '... on Sector { coveredBy { edges { inferred node { id } } } }',
    );
    expect(localIds(tourism.coveredBy)).toEqual(['measure:cn-2025-travel-advisory-jp']);
    expect(tourism.coveredBy.edges[0].inferred).toBe(true);
  });
});
