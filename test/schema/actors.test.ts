import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';
import { names, readData } from '../helpers/read-node.ts';

const db = testDatabase();
const JP = globalId('Country', 'country:JP');
const CN = globalId('Country', 'country:CN');
const DEFENCE = globalId('Sector', 'sector:defence');
const TRADING = globalId('Sector', 'sector:trading');

// The seed: the 249 countries of ISO 3166-1 and the article's 12 other actors.
const PERSONS = [
  'Donald Trump',
  'Keita Ishii',
  'Minoru Kihara',
  'Sanae Takaichi',
  'Takahide Kiuchi',
  'Xi Jinping',
];
const COMPANIES = [
  'Itochu Corporation',
  'Kawasaki Heavy Industries',
  'Mitsubishi Heavy Industries',
];

describe('actors', () => {
  it('lists every actor, by name, with the total counted only when asked', async () => {
    const { actors } = await readData(
      db,
      '{ actors(first: 3) { totalCount edges { node { __typename name } } } }',
    );
    expect(actors.totalCount).toBe(249 + 12);
    expect(actors.edges).toEqual([
      { node: { __typename: 'Country', name: 'Afghanistan' } },
      { node: { __typename: 'Country', name: 'Albania' } },
      { node: { __typename: 'Country', name: 'Algeria' } },
    ]);
    const before = db.roundTrips;
    await readData(db, '{ actors(first: 3) { edges { node { name } } } }');
    expect(db.roundTrips - before).toBe(1);
  });

  it('filters by kinds', async () => {
    const persons = await readData(
      db,
      '{ actors(filter: {kinds: [PERSON]}) { totalCount edges { node { name } } } }',
    );
    expect(persons.actors.totalCount).toBe(6);
    expect(names(persons.actors)).toEqual(PERSONS);
    const press = await readData(
      db,
      '{ actors(filter: {kinds: [GOVERNMENT_BODY, MEDIA_OUTLET, RESEARCH_INSTITUTE]}) { edges { node { __typename name } } } }',
    );
    expect(press.actors.edges).toEqual([
      { node: { __typename: 'GovernmentBody', name: 'China Customs' } },
      { node: { __typename: 'MediaOutlet', name: 'China Daily' } },
      { node: { __typename: 'ResearchInstitute', name: 'Nomura Research Institute' } },
    ]);
    const companies = await readData(
      db,
      '{ actors(filter: {kinds: [COMPANY]}) { edges { node { name } } } }',
    );
    expect(names(companies.actors)).toEqual(COMPANIES);
    const none = await readData(
      db,
      '{ actors(filter: {kinds: []}) { totalCount edges { node { name } } } }',
    );
    expect(none.actors).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('countries', () => {
  it('pages through all 249 by name: first/after, hasNextPage, totalCount', async () => {
    const first = await readData(
      db,
      '{ countries(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name iso2 } } } }',
    );
    expect(first.countries.totalCount).toBe(249);
    expect(first.countries.edges).toEqual([
      { node: { name: 'Afghanistan', iso2: 'AF' } },
      { node: { name: 'Albania', iso2: 'AL' } },
    ]);
    expect(first.countries.pageInfo.hasNextPage).toBe(true);
    const next = await readData(
      db,
      'query($after: String) { countries(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }',
      { after: first.countries.pageInfo.endCursor },
    );
    expect(names(next.countries)).toEqual(['Algeria', 'American Samoa']);
    expect(next.countries.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });

    // The last page: 200 seen, 49 left, none after them.
    const afterTwoHundred = Buffer.from('OffsetConnection:199').toString('base64');
    const last = await readData(
      db,
      'query($after: String) { countries(first: 100, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }',
      { after: afterTwoHundred },
    );
    expect(last.countries.edges).toHaveLength(49);
    expect(last.countries.pageInfo.hasNextPage).toBe(false);
    // Names sort by code point, so the Åland Islands come after Zimbabwe.
    expect(names(last.countries).slice(-2)).toEqual(['Zimbabwe', 'Åland Islands']);
  });

  it('refuses a page larger than 100, naming `first`', async () => {
    for (const root of ['actors', 'countries', 'companies']) {
      const { errors } = await run(db, `{ ${root}(first: 101) { totalCount } }`);
      expect(errors?.[0]?.message).toBe('Argument "first" must be between 0 and 100; got 101.');
      expect(errors?.[0]?.extensions?.argument).toBe('first');
    }
  });
});

describe('companies', () => {
  it('lists the firms with where they are based and their sectors', async () => {
    const { companies } = await readData(
      db,
      '{ companies { totalCount edges { node { name basedIn { edges { node { iso2 } } } } } } }',
    );
    expect(companies.totalCount).toBe(3);
    expect(names(companies)).toEqual(COMPANIES);
  });

  it('filters by country and sector, each matching any of the ids given', async () => {
    const query =
      'query($basedIn: [ID!], $sectors: [ID!]) { companies(filter: {basedIn: $basedIn, sectors: $sectors}) { totalCount edges { node { name } } } }';
    const japanese = await readData(db, query, { basedIn: [JP] });
    expect(names(japanese.companies)).toEqual(COMPANIES);
    const chinese = await readData(db, query, { basedIn: [CN] });
    expect(chinese.companies).toEqual({ totalCount: 0, edges: [] });
    const defence = await readData(db, query, { sectors: [DEFENCE] });
    expect(names(defence.companies)).toEqual([
      'Kawasaki Heavy Industries',
      'Mitsubishi Heavy Industries',
    ]);
    const both = await readData(db, query, { basedIn: [CN, JP], sectors: [TRADING] });
    expect(both.companies).toEqual({
      totalCount: 1,
      edges: [{ node: { name: 'Itochu Corporation' } }],
    });
  });

  it('refuses an id of the wrong type or a malformed one in a filter', async () => {
    const wrongType = await run(
      db,
      'query($id: ID!) { companies(filter: {basedIn: [$id]}) { totalCount } }',
      {
        id: DEFENCE,
      },
    );
    expect(wrongType.errors?.[0]?.message).toMatch(/is not of type: Country/);
    const malformed = await run(db, '{ companies(filter: {sectors: ["nope"]}) { totalCount } }');
    expect(malformed.errors?.[0]?.message).toMatch(
      /"nope" is not an id: ids look like "company:kawasaki-heavy-industries"/,
    );
  });
});
