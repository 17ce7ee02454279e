import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, legacyGlobalId, run } from '../helpers/graphql.ts';

const db = testDatabase();

describe('Relay node', () => {
  it('finds any node by its id, which is its graph id; null when there is none', async () => {
    const { data, errors } = await run(
      db,
      `query($jp: ID!, $none: ID!) { jp: node(id: $jp) { id __typename ... on Country { name iso3 } }
        none: node(id: $none) { id } kawasaki: node(id: "company:kawasaki-heavy-industries") {
        id ... on Company { name basedIn { edges { node { id } } } } } }`,
      { jp: 'country:JP', none: 'country:XX' },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      jp: { id: 'country:JP', __typename: 'Country', name: 'Japan', iso3: 'JPN' },
      none: null,
      kawasaki: {
        id: 'company:kawasaki-heavy-industries',
        name: 'Kawasaki Heavy Industries',
        basedIn: { edges: [{ node: { id: 'country:JP' } }] },
      },
    });
  });

  it('still reads an id of the earlier form (base64 of Type:id), and only as its own type', async () => {
    const { data } = await run(
      db,
      'query($jp: ID!, $wrong: ID!) { jp: node(id: $jp) { id } wrong: node(id: $wrong) { id } }',
      {
        jp: legacyGlobalId('Country', 'country:JP'),
        wrong: legacyGlobalId('Company', 'country:JP'),
      },
    );
    expect(data).toEqual({ jp: { id: 'country:JP' }, wrong: null });
  });

  it('loads many nodes in order with nodes(ids:)', async () => {
    const ids = [globalId('Country', 'country:CN'), globalId('Country', 'country:JP')];
    const { data } = await run(
      db,
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Country { iso2 } } }',
      { ids },
    );
    expect(data.nodes).toEqual([{ iso2: 'CN' }, { iso2: 'JP' }]);
  });

  it('names a malformed id in a clear error that quotes it and reaches the client unmasked', async () => {
    const app = createApp({ db });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "garbage!!") { id } }' }),
    });
    const body = await response.json();
    expect(body.errors[0].message).toBe('"garbage!!" is not an id: ids look like "company:acme"');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
