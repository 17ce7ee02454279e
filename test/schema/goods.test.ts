import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { run } from '../helpers/graphql.ts';
import { names, readData } from '../helpers/read-node.ts';

const db = testDatabase();

const byHsCode = async (hsCode: string) =>
  (
    await readData(
      db,
      'query($hsCode: String) { commodities(first: 100, filter: {hsCode: $hsCode}) { totalCount edges { node { name hsCodes } } } }',
      { hsCode },
    )
  ).commodities;

describe('commodities', () => {
  it('lists the 26 goods of the seed by name and pages through them', async () => {
    const first = await readData(
      db,
      '{ commodities(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
    );
    expect(first.commodities.totalCount).toBe(26);
    expect(names(first.commodities)).toEqual([
      'Aircraft',
      'Aquatic invertebrates other than crustaceans and molluscs',
      'Compounds of rare-earth metals, of yttrium or of scandium',
    ]);
    expect(first.commodities.pageInfo.hasNextPage).toBe(true);
    const rest = await readData(
      db,
      'query($after: String) { commodities(first: 100, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }',
      { after: first.commodities.pageInfo.endCursor },
    );
    expect(rest.commodities.edges).toHaveLength(23);
    expect(names(rest.commodities)[0]).toBe('Crustaceans');
    expect(names(rest.commodities).at(-1)).toBe('Vehicles and their parts');
    expect(rest.commodities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters by the start of any HS code, with or without dots', async () => {
    const rareEarthMetals = ['Rare earth elements', 'Rare-earth metals, scandium and yttrium'];
    expect(names(await byHsCode('2805.30'))).toEqual(rareEarthMetals);
    expect(names(await byHsCode('280530'))).toEqual(rareEarthMetals);
    expect(names(await byHsCode('28'))).toEqual([
      'Compounds of rare-earth metals, of yttrium or of scandium',
      ...rareEarthMetals,
    ]);
    // Chapter 03 itself and its nine headings.
    expect((await byHsCode('03')).totalCount).toBe(10);
    expect(names(await byHsCode('0306'))).toEqual(['Crustaceans']);
    expect(names(await byHsCode('8505.19'))).toEqual(['Permanent magnets']);
    expect(await byHsCode('99')).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses an HS code that is not digits and dots, naming `hsCode`', async () => {
    const { errors } = await run(
      db,
      '{ commodities(filter: {hsCode: "rare earths"}) { totalCount } }',
    );
    expect(errors?.[0]?.message).toMatch(/^Argument "hsCode" must be an HS code/);
    expect(errors?.[0]?.extensions?.argument).toBe('hsCode');
  });
});

describe('sectors', () => {
  it('lists the eight industries by name, pages them, and counts them only when asked', async () => {
    const all = await readData(db, '{ sectors { totalCount edges { node { name } } } }');
    expect(all.sectors.totalCount).toBe(8);
    expect(names(all.sectors)).toEqual([
      'Aerospace',
      'Automotive',
      'Defence',
      'Manufacturing',
      'Seafood',
      'Semiconductors',
      'Tourism',
      'Trading houses',
    ]);
    const before = db.roundTrips;
    const page = await readData(
      db,
      'query($after: String) { sectors(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }',
      { after: Buffer.from('OffsetConnection:5').toString('base64') },
    );
    expect(db.roundTrips - before).toBe(1);
    expect(names(page.sectors)).toEqual(['Tourism', 'Trading houses']);
    expect(page.sectors.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page larger than 100, naming `first`', async () => {
    for (const root of ['commodities', 'sectors']) {
      const { errors } = await run(db, `{ ${root}(first: 101) { totalCount } }`);
      expect(errors?.[0]?.message).toBe('Argument "first" must be between 0 and 100; got 101.');
      expect(errors?.[0]?.extensions?.argument).toBe('first');
    }
  });
});

describe('batching', () => {
  it('reads every commodity with its classes, dependants and measures in a constant number of round trips', async () => {
    const before = db.roundTrips;
    const { commodities } = await readData(
      db,
      `{ commodities(first: 100) { edges { node { name
         memberOf { edges { partial node { name } } }
         dependents { edges { criticality node { __typename } } }
         coveredBy { totalCount edges { node { kind } } } } } } }`,
    );
    expect(commodities.edges).toHaveLength(26);
    // One planned read (src/read/): the page, every relationship of all 26 commodities, the counts.
    expect(db.roundTrips - before).toBe(1);
  });
});
