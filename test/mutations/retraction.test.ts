// link, unlink and retract: nothing is deleted; reads hide what is retracted unless
// `includeRetracted`, and `node` still finds a retracted node, saying who retracted it and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { globalId } from '../helpers/graphql.ts';
import { client, removeMutationData, type Variable } from './client.ts';
import { FIRM, firmVariables, GOOD, quoted, sourceVariables } from './fixtures.ts';

const db = testDatabase();
const { mutate, read } = client(db);

const linkVariables = (
  type: string,
  from: string,
  to: string,
  quote: string,
  properties: Record<string, unknown> = {},
): Record<string, Variable> => ({
  type: ['RelationshipType!', type],
  from: ['ID!', from],
  to: ['ID!', to],
  properties: ['LinkPropertiesInput', properties],
  provenance: ['ProvenanceInput!', quoted(quote)],
});

const DEPENDS = `${FIRM}-[DEPENDS_ON]->${GOOD}`;
const firmLinks = `query($id: ID!, $all: Boolean) { node(id: $id) { ... on Company {
  dependsOn(includeRetracted: $all) { totalCount edges { relationshipId criticality retracted { by reason } node { id } } }
  basedIn(includeRetracted: $all) { totalCount }
} } }`;

beforeAll(async () => {
  await removeMutationData(db);
  await mutate('upsertSource', sourceVariables());
  await mutate('upsertCompany', firmVariables());
  const good = await mutate('upsertCommodity', {
    input: ['CommodityInput!', { id: GOOD, name: 'Zmut neodymium' }],
    provenance: ['ProvenanceInput!', quoted('neodymium')],
  });
  expect(good.error).toBeUndefined();
});
afterAll(() => removeMutationData(db));

describe('link', () => {
  it('joins two nodes, by id or global id, with the type’s properties and provenance', async () => {
    const depends = await mutate(
      'link',
      linkVariables('DEPENDS_ON', globalId('Company', FIRM), GOOD, 'relies on neodymium magnets', {
        criticality: 0.8,
      }),
    );
    expect(depends.data).toMatchObject({
      relationshipId: DEPENDS,
      counts: { relationships: { created: 1, updated: 0, unchanged: 0 } },
    });
    const based = await mutate(
      'link',
      linkVariables('BASED_IN', FIRM, 'country:JP', 'a Japanese carmaker'),
    );
    expect(based.data.relationshipId).toBe(`${FIRM}-[BASED_IN]->country:JP`);
    const { node } = await read(firmLinks, { id: globalId('Company', FIRM) });
    expect(node.dependsOn.edges).toEqual([
      {
        relationshipId: DEPENDS,
        criticality: 0.8,
        retracted: null,
        node: { id: globalId('Commodity', GOOD) },
      },
    ]);
  });
});

describe('unlink', () => {
  it('retracts the relationship: hidden by default, shown with includeRetracted, never deleted', async () => {
    const unlinked = await mutate('unlink', {
      type: ['RelationshipType!', 'DEPENDS_ON'],
      from: ['ID!', FIRM],
      to: ['ID!', GOOD],
      reason: ['String!', 'Misread the article.'],
    });
    expect(unlinked.data).toMatchObject({
      relationshipId: DEPENDS,
      counts: { relationships: { updated: 1 } },
    });
    const hidden = await read(firmLinks, { id: globalId('Company', FIRM) });
    expect(hidden.node.dependsOn).toEqual({ totalCount: 0, edges: [] });
    const shown = await read(firmLinks, { id: globalId('Company', FIRM), all: true });
    expect(shown.node.dependsOn.totalCount).toBe(1);
    expect(shown.node.dependsOn.edges[0].retracted).toEqual({
      by: 'api:zmut-alice',
      reason: 'Misread the article.',
    });
  });

  it('of a relationship already retracted is a conflict, of one that never was not found', async () => {
    const again = await mutate('retract', { id: ['ID!', DEPENDS], reason: ['String!', 'again'] });
    expect(again.error).toMatchObject({ __typename: 'ConflictError', conflicting: DEPENDS });
    const none = await mutate('retract', {
      id: ['ID!', `${FIRM}-[DEPENDS_ON]->commodity:zmut-nothing`],
      reason: ['String!', 'nothing'],
    });
    expect(none.error).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('restating a retracted relationship is a conflict that says when, why and how to assert it anew', async () => {
    const restated = await mutate(
      'link',
      linkVariables('DEPENDS_ON', FIRM, GOOD, 'relies on neodymium magnets', { criticality: 0.9 }),
    );
    expect(restated.error).toMatchObject({ __typename: 'ConflictError', conflicting: DEPENDS });
    expect(restated.error.message).toMatch(
      /retracted at .* by api:zmut-alice \("Misread the article\."\)/,
    );
    expect(restated.error.message).toContain('link the same nodes with a new `key`');
    const { node } = await read(firmLinks, { id: globalId('Company', FIRM), all: true });
    expect(node.dependsOn.edges[0].criticality).toBe(0.8);
  });
});

describe('retract', () => {
  it('hides a node from lists and connections; node() still answers, with the retraction', async () => {
    const retracted = await mutate('retract', {
      id: ['ID!', globalId('Company', FIRM)],
      reason: ['String!', 'No such firm.'],
    });
    expect(retracted.data.counts.nodes.updated).toBe(1);
    const companies = `query($all: Boolean) { companies(first: 100, filter: { basedIn: ["${globalId('Country', 'country:JP')}"] }) { edges { node { id } } } country: node(id: "${globalId('Country', 'country:JP')}") { ... on Country { based: organizations(first: 100, includeRetracted: $all) { edges { node { id } } } } } }`;
    const ids = (data: { companies: { edges: { node: { id: string } }[] } }) =>
      data.companies.edges.map((e) => e.node.id);
    const hidden = await read(companies);
    expect(ids(hidden)).not.toContain(globalId('Company', FIRM));
    expect(
      hidden.country.based.edges.map((e: { node: { id: string } }) => e.node.id),
    ).not.toContain(globalId('Company', FIRM));
    const shown = await read(companies, { all: true });
    expect(shown.country.based.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      globalId('Company', FIRM),
    );
    const { node } = await read(
      'query($id: ID!) { node(id: $id) { ... on Company { name retracted { at by reason } } } }',
      { id: globalId('Company', FIRM) },
    );
    expect(node).toEqual({
      name: 'Zmut Motors',
      retracted: { at: retracted.data.at, by: 'api:zmut-alice', reason: 'No such firm.' },
    });
    // Its own links are hidden too (the planner asks once whether the node they are read from
    // stands), and shown with includeRetracted: its page and its total alike.
    const links =
      'query($id: ID!, $all: Boolean) { node(id: $id) { ... on Company { basedIn(first: 5, includeRetracted: $all) { totalCount edges { node { id } } } } } }';
    const own = async (all: boolean) =>
      (await read(links, { id: globalId('Company', FIRM), all })).node.basedIn;
    expect(await own(false)).toEqual({ totalCount: 0, edges: [] });
    expect(await own(true)).toEqual({
      totalCount: 1,
      edges: [{ node: { id: globalId('Country', 'country:JP') } }],
    });
    const stored = await db.runText<{ n: number }>(
      'MATCH (n:Entity {id: $id}) RETURN count(n) AS n',
      {
        id: FIRM,
      },
    );
    expect(stored).toEqual([{ n: 1 }]);
  });

  it('refuses to restate a retracted node: a retraction is final', async () => {
    const restated = await mutate('upsertCompany', firmVariables({ name: 'Zmut Motors Ltd' }));
    expect(restated.error).toMatchObject({ __typename: 'ConflictError', conflicting: FIRM });
    expect(restated.error.message).toContain('write it under a new id');
  });

  it('refuses a new fact that rests on a retracted node', async () => {
    const onRetracted = await mutate(
      'link',
      linkVariables('IN_SECTOR', FIRM, 'sector:automotive', 'carmaker'),
    );
    expect(onRetracted.error.issues).toEqual([{ path: 'from', message: `"${FIRM}" is retracted` }]);
  });
});
