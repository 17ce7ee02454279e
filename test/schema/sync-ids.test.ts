/**
 * Node ids are answered without a promise (src/schema/nodes/sync-ids.ts): every type that
 * implements Node resolves `id` to its global id (the graph id) at once, and the answer through
 * the API is that id.
 */
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
);

describe('node ids', () => {
  it('resolve synchronously on every node type, to the graph id', () => {
    expect(nodeTypes.length).toBeGreaterThan(10);
    for (const type of nodeTypes) {
      const id = (isObjectType(type) ? type.getFields().id?.resolve : undefined)?.(
        { id: 'company:acme', labels: [type.name], props: {} },
        {},
        {},
        {} as never,
      );
      expect(id, type.name).toBe('company:acme');
    }
  });

  it('answer the graph id through the API, nested too', async () => {
    const app = createApp({ db: testDatabase() });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ countries(first: 2) { edges { node { id name } } } }',
      }),
    });
    const { data } = await response.json();
    const ids = data.countries.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^country:/);
  });
});
