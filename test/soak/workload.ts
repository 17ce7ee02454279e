/**
 * What the soak asks: the committed operations of persisted-documents/ (a client's real queries)
 * and a page of actors with their relationships, over the seeded data. Each is checked first, so
 * the soak never measures a query that fails anyway.
 */
import { readFileSync } from 'node:fs';

const document = (name: string) =>
  readFileSync(new URL(`../../persisted-documents/${name}.graphql`, import.meta.url), 'utf8');

const ACTORS = `{
  actors(first: 20) {
    totalCount
    edges { node { id name ... on Company { basedIn(first: 1) { edges { node { name } } } } } }
  }
}`;

export interface Operation {
  name: string;
  body: string;
}

/** The operations, with the id of the seed's dual-use export curb for ExposedFirms. */
export async function workload(url: string): Promise<Operation[]> {
  const search = await graphql(url, document('Search'), {
    query: 'dual-use export',
    kinds: ['MEASURE'],
    first: 1,
  });
  type Found = { search: { edges: { node: { id: string } }[] } };
  const measure = (search as Found).search.edges[0]?.node.id;
  if (!measure) throw new Error('the seed has no dual-use export measure: is it loaded?');
  const operations = [
    { name: 'Timeline', query: document('Timeline'), variables: { first: 20 } },
    { name: 'Search', query: document('Search'), variables: { query: 'rare earth', first: 10 } },
    {
      name: 'ExposedFirms',
      query: document('ExposedFirms'),
      variables: { measure, asOf: '2026-01-08' },
    },
    { name: 'Actors', query: ACTORS, variables: {} },
    { name: 'Version', query: document('Version'), variables: {} },
  ];
  for (const { query, variables } of operations) await graphql(url, query, variables);
  return operations.map(({ name, query, variables }) => ({
    name,
    body: JSON.stringify({ query, variables }),
  }));
}

async function graphql(url: string, query: string, variables: object): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors) {
    throw new Error(`${query.slice(0, 60)}… answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.data;
}
