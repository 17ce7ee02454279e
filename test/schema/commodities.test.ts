import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { localIds, readNode } from '../helpers/read-node.ts';

const db = testDatabase();

const RARE_EARTHS = globalId('Commodity', 'commodity:rare-earth-elements');

describe('commodities', () => {
  it('reads rare earths: their HS codes, partial membership of the dual-use items, and the quote that says so', async () => {
    const ree = await readNode(
      db,
      RARE_EARTHS,
      `... on Commodity { name aliases hsCodes hsEdition description quote
         memberOf { edges { partial inferred quote node { name controlCategory definition } } }
         members { edges { partial inferred node { name hsCodes } } } }`,
    );
    expect(ree).toMatchObject({
      name: 'Rare earth elements',
      hsCodes: ['2805.30', '2846'],
      hsEdition: null,
    });
    expect(ree.aliases).toContain('rare earths');
    expect(ree.quote).toBe(
      'certain rare earth elements critical for producing drones and semiconductors',
    );
    expect(ree.memberOf.edges).toEqual([
      {
        partial: true,
        inferred: false,
        quote: expect.stringContaining('include certain rare earth elements'),
        node: {
          name: 'Dual-use items',
          controlCategory: 'dual-use',
          definition:
            'Goods, software, or technologies that have both civilian and military applications.',
        },
      },
    ]);
    expect(ree.members.edges).toEqual([
      {
        partial: false,
        inferred: true,
        node: {
          name: 'Compounds of rare-earth metals, of yttrium or of scandium',
          hsCodes: ['2846'],
        },
      },
      {
        partial: false,
        inferred: true,
        node: { name: 'Rare-earth metals, scandium and yttrium', hsCodes: ['2805.30'] },
      },
    ]);
  });

  it('reads what rare earths go into, who needs them, the measures covering them and the trade in them', async () => {
    const ree = await readNode(
      db,
      RARE_EARTHS,
      `... on Commodity {
         inputTo { edges { criticality inferred quote node { __typename ... on Commodity { name } } } }
         dependents { edges { criticality node { __typename ... on Sector { name } ... on Company { name } } } }
         coveredBy { totalCount edges { node { id } } }
         tradeFlows { edges { node { id } } }
         supplyDependencies { edges { node { id } } }
         observations { edges { node { id } } }
         mentionedIn { edges { node { ... on Node { id } } } } }`,
    );
    expect(ree.inputTo.edges).toEqual([
      {
        criticality: 0.9,
        inferred: false,
        quote: 'rare earth elements critical for producing drones and semiconductors',
        node: { __typename: 'Commodity', name: 'Semiconductors' },
      },
      {
        criticality: 0.9,
        inferred: false,
        quote: 'rare earth elements critical for producing drones',
        node: { __typename: 'Commodity', name: 'Unmanned aircraft' },
      },
    ]);
    // Defence reaches rare earths through what it makes (PRODUCES drones, missiles, aircraft).
    expect(ree.dependents.edges).toEqual([
      { criticality: 0.5, node: { __typename: 'Sector', name: 'Manufacturing' } },
      { criticality: 0.6, node: { __typename: 'Sector', name: 'Semiconductors' } },
    ]);
    expect(ree.coveredBy.totalCount).toBe(5);
    expect(localIds(ree.coveredBy)).toEqual([
      'measure:cn-2010-rare-earth-export-restriction',
      'measure:cn-2026-dual-use-export-ban-jp',
      'measure:cn-2026-rare-earth-licence-tightening-jp',
      'measure:scenario-cn-rare-earth-export-ban-1-year',
      'measure:scenario-cn-rare-earth-export-curb-3-months',
    ]);
    expect(localIds(ree.tradeFlows)).toEqual(['trade-flow:cn-jp-rare-earths-2025-11']);
    expect(localIds(ree.supplyDependencies)).toEqual(['supply-dependency:jp-rare-earths-from-cn']);
    expect(localIds(ree.observations)).toEqual([
      'observation:cn-rare-earth-exports-to-jp-no-decline',
    ]);
    expect(localIds(ree.mentionedIn)).toEqual(['event:jp-rare-earth-diversification']);
  });

  it('reads rare-earth magnets as the bill of materials: from metals, into motors, missiles, drones and aircraft, needed by the car industry', async () => {
    const magnets = await readNode(
      db,
      globalId('Commodity', 'commodity:rare-earth-permanent-magnets'),
      `... on Commodity {
         inputs { edges { criticality node { name } } }
         inputTo { edges { criticality node { ... on Commodity { name } } } }
         memberOf { edges { node { name hsCodes } } }
         dependents { edges { criticality node { __typename ... on Company { name } ... on Sector { name } } } } }`,
    );
    expect(magnets.inputs.edges).toEqual([
      { criticality: 0.95, node: { name: 'Rare-earth metals, scandium and yttrium' } },
    ]);
    expect(magnets.inputTo.edges).toEqual([
      { criticality: 0.6, node: { name: 'Aircraft' } },
      { criticality: 0.8, node: { name: 'Electric motors and generators' } },
      { criticality: 0.7, node: { name: 'Munitions of war, including missiles' } },
      { criticality: 0.8, node: { name: 'Unmanned aircraft' } },
    ]);
    expect(magnets.memberOf.edges).toEqual([
      { node: { name: 'Permanent magnets', hsCodes: ['8505.11', '8505.19'] } },
    ]);
    // KHI and MHI need magnets through what they make (docs/exposure.md), not DEPENDS_ON.
    expect(magnets.dependents.edges).toEqual([
      { criticality: 0.8, node: { __typename: 'Sector', name: 'Automotive' } },
    ]);
  });

  it('reads HS chapter 03 with its official heading, its nine headings, who produces it and the import halt', async () => {
    const seafood = await readNode(
      db,
      globalId('Commodity', 'commodity:fish-and-seafood'),
      `... on Commodity { hsCodes hsEdition hsHeadingText sources { id }
         members { totalCount edges { quote node { hsCodes } } }
         producers { edges { node { __typename ... on Sector { name } } } }
         coveredBy { edges { quote node { id } } } }`,
    );
    expect(seafood).toMatchObject({
      hsCodes: ['03'],
      hsEdition: 'HS 2022',
      hsHeadingText: 'Fish and crustaceans, molluscs and other aquatic invertebrates',
    });
    expect(seafood.sources).toEqual([{ id: globalId('Source', 'source:wco-hs-2022') }]);
    expect(seafood.members.totalCount).toBe(9);
    expect(
      seafood.members.edges.flatMap((e: { node: { hsCodes: string[] } }) => e.node.hsCodes).sort(),
    ).toEqual(['0301', '0302', '0303', '0304', '0305', '0306', '0307', '0308', '0309']);
    expect(seafood.producers.edges).toEqual([{ node: { __typename: 'Sector', name: 'Seafood' } }]);
    expect(localIds(seafood.coveredBy)).toEqual(['measure:cn-2025-seafood-import-halt-jp']);
    expect(seafood.coveredBy.edges[0].quote).toBe('halting imports of Japanese seafood');
  });
});
