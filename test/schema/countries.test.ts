import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { localIds, names, readData, readNode } from '../helpers/read-node.ts';

const db = testDatabase();
const JP = globalId('Country', 'country:JP');
const CN = globalId('Country', 'country:CN');

describe('countries', () => {
  it('reads Japan with its ISO codes, the line of the standard that says so, and its officials with their titles', async () => {
    const japan = await readNode(
      db,
      JP,
      `... on Country { name iso2 iso3 isoNumeric quote sources { title }
         officials { totalCount edges { title quote inferred since { date } node { name } } } }`,
    );
    expect(japan).toMatchObject({ name: 'Japan', iso2: 'JP', iso3: 'JPN', isoNumeric: '392' });
    expect(japan.quote).toBe('JP JPN 392 Japan');
    expect(japan.sources).toHaveLength(1);
    expect(japan.officials.totalCount).toBe(2);
    expect(japan.officials.edges).toEqual([
      {
        title: 'Chief Cabinet Secretary',
        quote: 'Japan’s Chief Cabinet Secretary, Minoru Kihara',
        inferred: false,
        since: null,
        node: { name: 'Minoru Kihara' },
      },
      {
        title: 'Prime Minister',
        quote: 'Japanese Prime Minister Sanae Takaichi',
        inferred: false,
        since: null,
        node: { name: 'Sanae Takaichi' },
      },
    ]);
  });

  it('walks from Japan to its firms, the measures against it, its imports, its supply share and the estimates of its costs', async () => {
    const japan = await readNode(
      db,
      JP,
      `... on Country {
         organizations { edges { node { id name } } }
         measuresTargeting { totalCount }
         measuresImposed { totalCount }
         imports { edges { node { id } } }
         supplyDependencies { edges { node { id } } }
         impactEstimates { totalCount }
         observations { edges { node { id } } }
         involvedIn { edges { node { id } } }
         events { edges { node { id } } }
         mentionedIn { edges { node { ... on Node { id } } } } }`,
    );
    expect(names(japan.organizations)).toEqual([
      'Itochu Corporation',
      'Kawasaki Heavy Industries',
      'Mitsubishi Heavy Industries',
      'Nomura Research Institute',
    ]);
    expect(japan.measuresTargeting.totalCount).toBe(8);
    expect(japan.measuresImposed.totalCount).toBe(0);
    expect(localIds(japan.imports)).toEqual(['trade-flow:cn-jp-rare-earths-2025-11']);
    expect(localIds(japan.supplyDependencies)).toEqual([
      'supply-dependency:jp-rare-earths-from-cn',
    ]);
    expect(japan.impactEstimates.totalCount).toBe(3);
    expect(localIds(japan.observations)).toEqual(['observation:nikkei-fell-2026-01-07']);
    expect(localIds(japan.involvedIn)).toContain('event:cn-jp-dispute-2025');
    expect(localIds(japan.events)).toEqual([
      'event:jp-islands-nationalisation-2012',
      'event:jp-rare-earth-diversification',
    ]);
    expect(localIds(japan.mentionedIn)).toEqual(['statement:takaichi-taiwan-existential-threat']);
  });

  it('walks from China to the measures it took, the rare earths it ships and supplies, and where things happened', async () => {
    const china = await readNode(
      db,
      CN,
      `... on Country {
         measuresImposed(first: 100) { totalCount edges { node { id } } }
         exports { edges { node { id } } }
         suppliesTo { edges { node { id } } }
         eventsHeldIn { edges { node { id } } }
         organizations { edges { node { __typename name } } }
         officials { edges { title node { name } } } }`,
    );
    expect(china.measuresImposed.totalCount).toBe(8);
    expect(localIds(china.measuresImposed)).toContain('measure:cn-2026-dual-use-export-ban-jp');
    expect(localIds(china.exports)).toEqual(['trade-flow:cn-jp-rare-earths-2025-11']);
    expect(localIds(china.suppliesTo)).toEqual(['supply-dependency:jp-rare-earths-from-cn']);
    expect(localIds(china.eventsHeldIn)).toEqual([
      'event:cn-anti-japan-protests-2012',
      'event:trump-beijing-visit-2026',
    ]);
    expect(china.organizations.edges).toEqual([
      { node: { __typename: 'GovernmentBody', name: 'China Customs' } },
      { node: { __typename: 'MediaOutlet', name: 'China Daily' } },
    ]);
    expect(china.officials.edges).toEqual([{ title: 'President', node: { name: 'Xi Jinping' } }]);
  });
});

describe('batching', () => {
  it('reads 100 countries with their officials and organisations in a constant number of round trips', async () => {
    const before = db.roundTrips;
    const { countries } = await readData(
      db,
      `{ countries(first: 100) { edges { node { name
         officials { edges { title node { name } } }
         organizations { totalCount }
         measuresTargeting { edges { node { kind } } } } } } }`,
    );
    expect(countries.edges).toHaveLength(100);
    // One planned read (src/read/): the page, every relationship of all 100 countries, the counts.
    expect(db.roundTrips - before).toBe(1);
  });
});
