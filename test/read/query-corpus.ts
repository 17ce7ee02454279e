/**
 * Queries as front ends might write them, made from the schema: every field of every node type
 * (`everyField`), and random selections (`randomQueries`, seeded, so a failure names a query that
 * can be run again): root lists and `node(id)`, random fields, nested relationships to depth 3
 * with random page sizes, inline fragments on the types a node may be, aliases, `includeRetracted`.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  isScalarType,
  parse,
  validate,
} from 'graphql';
import { RELATION_EXTENSION } from '../../src/read/field-reads.ts';

type Field = GraphQLField<unknown, unknown>;

/** A seeded generator (mulberry32): the same seed gives the same queries. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}
type Random = ReturnType<typeof random>;

const isRelation = (field: Field) => field.extensions?.[RELATION_EXTENSION] !== undefined;
/** A relationship read as a plain list of nodes (`Measure.imposers`), not a connection. */
const isRelationList = (field: Field) => {
  const named = getNamedType(field.type);
  return isRelation(field) && !(isObjectType(named) && named.getFields().edges);
};

/** The selection of a value object (PartialDate, Quantity, Retraction, Source …): its scalars. */
function leafSelection(type: GraphQLNamedType): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (!isObjectType(type)) return ' { __typename }';
  const scalars = Object.values(type.getFields()).filter((f) => {
    const named = getNamedType(f.type);
    return (isScalarType(named) || isEnumType(named)) && f.args.length === 0;
  });
  return ` { ${scalars.map((f) => f.name).join(' ')} }`;
}

/** A plain field (not a relationship) with the selection its type needs. */
function plainField(field: Field): string {
  return `${field.name}${leafSelection(getNamedType(field.type))}`;
}

/** Every field of a node type, each relationship with its total, its edges' fields, the far ids. */
export function everyField(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .map((field) => {
      if (!isRelation(field)) return plainField(field);
      if (isRelationList(field)) return `${field.name} { __typename ... on Node { id } }`;
      const edge = edgeTypeOf(field);
      const edgeFields = Object.values(edge.getFields())
        .filter((f) => f.name !== 'node')
        .map(plainField);
      return `${field.name} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { ${edgeFields.join(' ')} node { __typename ... on Node { id } } } }`;
    })
    .join(' ');
}

function edgeTypeOf(connectionField: Field): GraphQLObjectType {
  const connection = getNamedType(connectionField.type) as GraphQLObjectType;
  const edges = connection.getFields().edges;
  if (!edges) throw new Error(`${connection.name} has no edges`);
  return getNamedType(edges.type) as GraphQLObjectType;
}

function nodeTypeOf(edge: GraphQLObjectType): string {
  const node = edge.getFields().node;
  return node ? getNamedType(node.type).name : 'Node';
}

/** The selection on a node of type `typeName` (object or abstract), `depth` levels left. */
function nodeSelection(
  schema: GraphQLSchema,
  rng: Random,
  typeName: string,
  depth: number,
  aliases: { n: number },
): string {
  const type = schema.getType(typeName);
  if (!type) return 'id';
  const objects = isAbstractType(type)
    ? schema.getPossibleTypes(type)
    : [type as GraphQLObjectType];
  const parts = ['id'];
  if (rng.chance(0.3)) parts.push('__typename');
  const some = objects.length > 2 ? [rng.pick(objects), rng.pick(objects)] : objects;
  for (const object of new Set(some)) {
    const fields = Object.values(object.getFields()).filter((f) => f.name !== 'id');
    const chosen = fields.filter((f) => rng.chance(isRelation(f) ? 0.08 : 0.2));
    const own = chosen.map((field) => {
      if (!isRelation(field)) return plainField(field);
      if (isRelationList(field)) {
        const far = getNamedType(field.type).name;
        return `${field.name} { ${depth <= 0 ? 'id' : nodeSelection(schema, rng, far, depth - 1, aliases)} }`;
      }
      if (depth <= 0) return `${field.name} { totalCount }`;
      return relationSelection(schema, rng, field, depth - 1, aliases);
    });
    if (own.length > 0) parts.push(`... on ${object.name} { ${own.join(' ')} }`);
  }
  return parts.join(' ');
}

function relationSelection(
  schema: GraphQLSchema,
  rng: Random,
  field: Field,
  depth: number,
  aliases: { n: number },
): string {
  const args: string[] = [];
  if (rng.chance(0.4)) args.push(`first: ${rng.int(0, 12)}`);
  if (rng.chance(0.2))
    args.push(`after: "${Buffer.from(`OffsetConnection:${rng.int(0, 3)}`).toString('base64')}"`);
  if (rng.chance(0.15)) args.push('includeRetracted: true');
  const edge = edgeTypeOf(field);
  const edgeFields = Object.values(edge.getFields())
    .filter((f) => !['node', 'cursor'].includes(f.name) && rng.chance(0.3))
    .map(plainField);
  const node = nodeSelection(schema, rng, nodeTypeOf(edge), depth, aliases);
  const alias = rng.chance(0.2) ? `a${aliases.n++}: ` : '';
  const total = rng.chance(0.3) ? 'totalCount ' : '';
  const info = rng.chance(0.3) ? 'pageInfo { hasNextPage endCursor } ' : '';
  return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''} { ${total}${info}edges { cursor ${edgeFields.join(' ')} node { ${node} } } }`;
}

/** Root lists the planner answers, with the node type of their pages. */
const ROOT_LISTS: [field: string, type: string][] = [
  ['measures', 'Measure'],
  ['events', 'Event'],
  ['statements', 'Statement'],
  ['actors', 'Actor'],
  ['countries', 'Country'],
  ['companies', 'Company'],
  ['commodities', 'Commodity'],
  ['sectors', 'Sector'],
  ['sources', 'Source'],
  ['observations', 'Observation'],
  ['tradeFlows', 'TradeFlow'],
  ['supplyDependencies', 'SupplyDependency'],
  ['impactEstimates', 'ImpactEstimate'],
];

/** `count` random queries over the schema, from root lists and `node(id)` of the ids given. */
export function randomQueries(
  schema: GraphQLSchema,
  seed: number,
  count: number,
  ids: readonly string[],
): { query: string; variables: Record<string, unknown> }[] {
  const rng = random(seed);
  const queries: { query: string; variables: Record<string, unknown> }[] = [];
  // A selection GraphQL refuses (two fragments asking one name with different types) is drawn again.
  while (queries.length < count) {
    const candidate = randomQuery(schema, rng, ids);
    if (validate(schema, parse(candidate.query)).length === 0) queries.push(candidate);
  }
  return queries;
}

function randomQuery(schema: GraphQLSchema, rng: Random, ids: readonly string[]) {
  const aliases = { n: 0 };
  const depth = rng.int(1, 3);
  if (rng.chance(0.35)) {
    const id = rng.pick(ids);
    return {
      query: `query($id: ID!) { node(id: $id) { ${nodeSelection(schema, rng, 'Node', depth, aliases)} } }`,
      variables: { id },
    };
  }
  const [field, type] = rng.pick(ROOT_LISTS);
  const first = rng.int(1, 30);
  const total = rng.chance(0.3) ? 'totalCount ' : '';
  return {
    query: `query($first: Int) { ${field}(first: $first) { ${total}pageInfo { hasNextPage } edges { cursor node { ${nodeSelection(schema, rng, type, depth, aliases)} } } } }`,
    variables: { first },
  };
}
