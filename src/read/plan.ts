/**
 * A root field's read, planned once per document: its root query (which nodes, in which order,
 * one page) and the projection of what the client selected on them (project.ts), as ONE Cypher
 * statement. The plan is kept per operation and shape (the `@skip`/`@include` values, whether
 * `knownAt` or `asOf` is given, which root query the filter chose), so the same operation costs no planning and Neo4j sees the same
 * text (its own plan cache); the values of the request, arguments included, are parameters.
 */
import type {
  GraphQLObjectType,
  GraphQLResolveInfo,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getNamedType } from 'graphql';
import type { CypherQuery } from '../db/cypher.ts';
import { type Compilation, nodeVars, type ParamValue } from './compilation.ts';
import { stateOf } from './knowledge-time.ts';
import { projectNode } from './project.ts';
import { relatedKey } from './related-key.ts';
import {
  fieldsSelectedHere,
  operationOf,
  possibleTypes,
  selectedFields,
  selectionSetsOf,
} from './selection.ts';

export interface RootRead {
  /** The root query: one row per node, the node as `n` (or null), in the answer's order. */
  query: Pick<CypherQuery<never, unknown>, 'name' | 'text'>;
  /** Its parameters, from the root field's arguments. */
  params: Record<string, unknown>;
  /** The GraphQL type of the nodes (an object type or an interface such as Node). */
  type: string;
  /**
   * Where the nodes sit in the root field's selection: itself, or `edges { node }` (a connection:
   * a root list, or `search`, whose edges carry each hit's score beside its node).
   */
  shape: 'node' | 'connection';
  /**
   * Columns of the root query answered beside each node, as the query returns them (a search
   * hit's score and positions): the planner only carries them through.
   */
  columns?: readonly string[];
  /** Read the graph as known at `$knownAt` (a root parameter, ISO instant). */
  known?: boolean;
  /** The root measures' status is the status on the day `$asOf` (a root parameter). */
  asOf?: boolean;
  /** For a list: the same filter counted (`total`), read in the same statement when selected. */
  count?: Pick<CypherQuery<never, unknown>, 'name' | 'text'>;
  /**
   * The selection to project on the nodes, when it is not the field's own: a connection read
   * late for parents no planned read fetched projects the parent with that field alone.
   */
  selections?: SelectionSetNode[];
}

export interface Plan {
  text: string;
  params: Map<string, ParamValue>;
  /** Whether the statement also answers `total` (the list's `totalCount` is selected). */
  counts: boolean;
}

const plans = new WeakMap<OperationDefinitionNode, Map<string, Plan>>();

/** The plan of a root read for this request: compiled on the first request of its shape. */
export function planFor(info: GraphQLResolveInfo, root: RootRead, whole = false): Plan {
  let byShape = plans.get(info.operation);
  if (!byShape) {
    byShape = new Map();
    plans.set(info.operation, byShape);
  }
  // Where the field stands in the document (a root field, or a field that reads nodes by id).
  const [field] = info.fieldNodes;
  const at = field ? relatedKey(field) : String(info.path.key);
  const late = root.selections ? 'late' : 'own';
  const columns = root.columns?.join(',') ?? '';
  const key = `${at}|${root.query.name}|${late}|${shapeOf(info)}|${root.known === true}|${root.asOf === true}|${whole}|${columns}`;
  let plan = byShape.get(key);
  if (!plan) {
    plan = compile(info, root, whole);
    byShape.set(key, plan);
  }
  return plan;
}

/** The values that change what is selected: every Boolean variable (`@skip`/`@include` take them). */
function shapeOf(info: GraphQLResolveInfo): string {
  const flags = (info.operation.variableDefinitions ?? [])
    .filter((definition) => typeName(definition.type) === 'Boolean')
    .map((definition) => info.variableValues[definition.variable.name.value] === true);
  return flags.map((flag) => (flag ? 1 : 0)).join('');
}

function typeName(type: { kind: string; type?: unknown; name?: { value: string } }): string {
  return type.name ? type.name.value : typeName(type.type as never);
}

function compile(info: GraphQLResolveInfo, root: RootRead, whole: boolean): Plan {
  const compilation: Compilation = {
    operation: operationOf(info),
    params: new Map(),
    known: root.known === true,
    asOf: root.asOf === true,
    whole,
  };
  const types = possibleTypes(info.schema, root.type);
  const vars = nodeVars(compilation, 0);
  const projection = projectNode(compilation, vars, types, nodeSelections(info, root));
  const counts = root.count !== undefined && selectsTotal(info, root);
  const columns = (root.columns ?? []).map((column) => `${column}, `).join('');
  const carried = `${counts ? 'total, ' : ''}${columns}`;
  const bind = compilation.known
    ? `WITH ${carried}n AS n0, datetime($knownAt) AS known WITH ${carried}n0, known, ${stateOf(compilation, 'n0', false)} AS s0`
    : `WITH ${carried}n AS n0`;
  const absent = compilation.known ? ' OR NOT coalesce(n0.assertedAt <= known, true)' : '';
  const page = `CALL () {\n${root.query.text.trim()}\n}`;
  // Counted first, so a page with no row still answers the total (OPTIONAL CALL: one null row).
  const from = counts ? `CALL () {\n${root.count?.text.trim()}\n}\nOPTIONAL ${page}` : page;
  const total = counts ? 'toFloat(total) AS total, ' : '';
  const text = `${from}\n${bind}\nRETURN ${total}${columns}CASE WHEN n0 IS NULL${absent} THEN null ELSE ${projection} END AS node`;
  return { text, params: compilation.params, counts };
}

/** Whether the root connection's `totalCount` is selected. */
function selectsTotal(info: GraphQLResolveInfo, root: RootRead): boolean {
  return root.shape === 'connection' && fieldsSelectedHere(info).includes('totalCount');
}

/** The fields leading from the root field's value to its nodes, by shape. */
const PATH_TO_NODES: Record<RootRead['shape'], string[]> = {
  node: [],
  connection: ['edges', 'node'],
};

/** The selection sets on the root field's nodes. */
function nodeSelections(info: GraphQLResolveInfo, root: RootRead): SelectionSetNode[] {
  if (root.selections) return root.selections;
  const operation = operationOf(info);
  let sets = selectionSetsOf(info);
  let type = getNamedType(info.returnType) as GraphQLObjectType;
  for (const step of PATH_TO_NODES[root.shape]) {
    const fields = selectedFields(operation, sets, type).filter((field) => field.name === step);
    sets = fields.flatMap((field) => field.selections);
    const [first] = fields;
    if (!first) return [];
    type = getNamedType(first.definition.type) as GraphQLObjectType;
  }
  return sets;
}
