import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';
import { globalId, run } from '../helpers/graphql.ts';

const db = testDatabase();

describe('Relay node', () => {
  it('finds any node by its global id, and only as its own type', async () => {
    const { data } = await run(
      db,
      'query($jp: ID!, $wrong: ID!, $none: ID!) { jp: node(id: $jp) { id ... on Country { name iso3 } } wrong: node(id: $wrong) { id } none: node(id: $none) { id } }',
      {
        jp: globalId('Country', 'country:JP'),
        wrong: globalId('Company', 'country:JP'),
        none: globalId('Country', 'country:XX'),
      },
    );
    expect(data).toEqual({
      jp: { id: globalId('Country', 'country:JP'), name: 'Japan', iso3: 'JPN' },
      wrong: null,
      none: null,
    });
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

  it('names a malformed global id in a clear error that reaches the client unmasked', async () => {
    const app = createApp({ db });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "garbage!!") { id } }' }),
    });
    const body = await response.json();
    expect(body.errors[0].message).toBe('Invalid global ID: garbage!!');
  });
});
