/**
 * How a selection on nodes becomes a Cypher map projection: the node's id and labels, only the
 * properties the selected fields read (field-reads.ts), already in the form resolvers use (dates
 * as `YYYY-MM-DD`, instants as epoch milliseconds, integers as numbers), the sources its
 * provenance cites, and one page of each selected relationship as a `COLLECT {}` subquery, paged
 * in the database and projected the same way, to any depth. With `knownAt`, every node and
 * relationship is read as it was known then (docs/history.md): visible only if asserted by then
 * and not retracted by then, with the properties of the version that held then.
 *
 * Labels and relationship types are written into the text from our schema (never from the
 * client's); every value the client gives is a parameter, computed per request from the
 * variables (so a compiled plan serves every request of the same document).
 *
 * Longer than 200 lines for a reason: a node's projection and its relationships' call each other
 * (a node's page of a relationship projects the far nodes, which project their own pages), so
 * they stay in one file; the compilation's state is in compilation.ts and the knowledge-time
 * fragments in knowledge-time.ts.
 */
import {
  type FieldNode,
  type GraphQLField,
  GraphQLObjectType,
  getArgumentValues,
  getNamedType,
  type SelectionSetNode,
} from 'graphql';
import neo4j from 'neo4j-driver';
import type { RelationSpec } from '../db/related.ts';
import { type Compilation, type NodeVars, nodeVars, parameter } from './compilation.ts';
import { narrowToSubfields, type PropRead, readsOf } from './field-reads.ts';
import { asserted, stateOf, statusOf, visible } from './knowledge-time.ts';
import { relatedKey } from './related-key.ts';
import { possibleTypes, type SelectedField, selectedFields } from './selection.ts';
import { NESTED_PAGE, pageWindow } from './window.ts';

/**
 * How many nodes a relation read as a plain list (`Measure.imposers`) brings: such a field is
 * declared only where the model allows a few (relation-field.ts `relationList`).
 */
export const RELATION_LIST_LIMIT = 100;

interface RelationPlan {
  key: string;
  spec: RelationSpec;
  /** A plain list of the far nodes (no connection, no paging arguments), not a connection. */
  list: boolean;
  types: Set<string>;
  field: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  total: boolean;
  edgeType: GraphQLObjectType | null;
  edgeSets: SelectionSetNode[];
  nodeSets: SelectionSetNode[];
  nodeType: string;
}

/** The projection of the node in `vars`, which may be of any of `types`. */
export function projectNode(
  compilation: Compilation,
  vars: NodeVars,
  types: readonly GraphQLObjectType[],
  sets: readonly SelectionSetNode[],
): string {
  const props = new Map<string, PropRead>();
  const relations = new Map<string, RelationPlan>();
  const sourceSets: SelectionSetNode[] = [];
  let status = false;
  for (const type of types) {
    for (const field of selectedFields(compilation.operation, sets, type)) {
      const reads = readsOf(field.definition);
      if (reads.kind === 'props')
        for (const prop of ownProps(compilation, field, reads.props)) props.set(prop.key, prop);
      else if (reads.kind === 'status') status = true;
      else if (reads.kind === 'sources') sourceSets.push(...field.selections);
      else if (reads.kind === 'relation')
        addRelation(compilation, relations, type, field, reads.spec);
    }
  }
  const statusExpression = status ? statusOf(compilation, vars) : null;
  const parts = [
    `id: ${vars.node}.id`,
    `labels: [l IN labels(${vars.node}) WHERE l <> 'Entity']`,
    `props: ${projectProps(compilation, vars, [...props.values()], statusExpression)}`,
  ];
  if (sourceSets.length > 0)
    parts.push(`sources: ${projectSources(compilation, vars, sourceSets)}`);
  if (relations.size > 0) {
    const all = types.map((t) => t.name);
    const pages = [...relations.values()].map(
      (relation) => `\`${relation.key}\`: ${projectRelation(compilation, vars, relation, all)}`,
    );
    parts.push(`related: {${pages.join(', ')}}`);
  }
  return `{${parts.join(', ')}}`;
}

/** A field's reads, only those its selected subfields need (a PartialDate's date alone …). */
function ownProps(compilation: Compilation, field: SelectedField, props: PropRead[]): PropRead[] {
  if (compilation.whole || field.selections.length === 0) return props;
  const composite = getNamedType(field.definition.type);
  if (!(composite instanceof GraphQLObjectType)) return props;
  const subfields = selectedFields(compilation.operation, field.selections, composite);
  return narrowToSubfields(field.definition, props, new Set(subfields.map((f) => f.name)));
}

function addRelation(
  compilation: Compilation,
  relations: Map<string, RelationPlan>,
  type: GraphQLObjectType,
  field: SelectedField,
  spec: RelationSpec,
) {
  const [first] = field.nodes;
  if (!first) return;
  const key = relatedKey(first);
  const named = getNamedType(field.definition.type);
  const connection = named instanceof GraphQLObjectType && named.getFields().edges ? named : null;
  const plan: RelationPlan = relations.get(key) ?? {
    key,
    spec,
    list: connection === null,
    types: new Set<string>(),
    field: first,
    definition: field.definition,
    total: false,
    edgeType: null,
    edgeSets: [],
    nodeSets: [],
    nodeType: connection ? edgeNodeType(connection) : named.name,
  };
  plan.types.add(type.name);
  // A plain list: its selection is the nodes' own, as `edges { node { … } }` is a connection's.
  if (!connection) {
    plan.nodeSets.push(...field.selections);
    relations.set(key, plan);
    return;
  }
  for (const part of selectedFields(compilation.operation, field.selections, connection)) {
    if (part.name === 'totalCount') plan.total = true;
    if (part.name !== 'edges') continue;
    plan.edgeType = getNamedType(part.definition.type) as GraphQLObjectType;
    plan.edgeSets.push(...part.selections);
    for (const edgeField of selectedFields(compilation.operation, part.selections, plan.edgeType)) {
      if (edgeField.name === 'node') plan.nodeSets.push(...edgeField.selections);
    }
  }
  relations.set(key, plan);
}

/** The type of the nodes at the far end of a connection type's edges. */
function edgeNodeType(connection: GraphQLObjectType): string {
  const edges = connection.getFields().edges;
  const edge = edges && (getNamedType(edges.type) as GraphQLObjectType);
  const node = edge?.getFields().node;
  return node ? getNamedType(node.type).name : 'Node';
}

/** Who retracted a fact and why: on the node itself, whatever version is read. */
const RETRACTION = new Set(['retractedAt', 'retractedBy', 'retractionReason']);

function projectProps(
  compilation: Compilation,
  item: { node: string; state: string },
  props: PropRead[],
  status: string | null,
): string {
  const state = item.state;
  if (compilation.whole) {
    return status ? `${state} {.*, status: ${status}}` : `${state} {.*}`;
  }
  const entries = props.map(({ key, kind }) => {
    if (compilation.known && RETRACTION.has(key)) {
      // A retraction after `known` had not happened yet.
      const value =
        kind === 'instant' ? `toFloat(${item.node}.${key}.epochMillis)` : `${item.node}.${key}`;
      return `${key}: CASE WHEN ${item.node}.retractedAt <= known THEN ${value} END`;
    }
    const value = `${state}.${key}`;
    if (kind === 'plain') return `.${key}`;
    if (kind === 'date') return `${key}: toString(${value})`;
    if (kind === 'instant') return `${key}: toFloat(${value}.epochMillis)`;
    return `${key}: toFloat(${value})`;
  });
  if (status) entries.push(`status: ${status}`);
  return entries.length > 0 ? `${state} {${entries.join(', ')}}` : '{}';
}

/** The documents a fact cites (`sourceIds` of its state), in the order it cites them. */
function projectSources(compilation: Compilation, holder: NodeVars, sets: SelectionSetNode[]) {
  const depth = holder.depth + 1;
  const source = nodeVars(compilation, depth);
  const types = possibleTypes(compilation.operation.schema, 'Source');
  const state = compilation.known
    ? ` WITH ${source.node}, ${stateOf(compilation, source.node, false)} AS ${source.state}`
    : '';
  const id = `sid${depth}`;
  return `COLLECT { UNWIND coalesce(${holder.state}.sourceIds, []) AS ${id} MATCH (${source.node}:Source {id: ${id}})${state} RETURN ${projectNode(compilation, source, types, sets)} }`;
}

function projectRelation(
  compilation: Compilation,
  parent: NodeVars,
  plan: RelationPlan,
  all: string[],
): string {
  const depth = parent.depth + 1;
  const [r, vars] = [`r${depth}`, nodeVars(compilation, depth)];
  const n = vars.node;
  const pattern =
    plan.spec.direction === 'out'
      ? `(${parent.node})-[${r}:${plan.spec.type}]->(${n}:${plan.spec.label})`
      : `(${parent.node})<-[${r}:${plan.spec.type}]-(${n}:${plan.spec.label})`;
  // A relationship stands when it, its far end and the node it is read from all stand. The node
  // it is read from is asked once, before the match, rather than on every row it matches (Neo4j
  // did that per row: 4–6% of its time on the `measure` read, 2026-12-06).
  const standing = [r, n].map((item) => visible(compilation, item)).join(' AND ');
  const everything = parameter(compilation, (v) => argsOf(plan, v).includeRetracted === true);
  const gate = `WITH ${parent.node} WHERE ${everything} OR ${visible(compilation, parent.node)} `;
  const where = [
    asserted(compilation, r),
    asserted(compilation, n),
    `(${everything} OR (${standing}))`,
  ]
    .filter((condition) => condition !== 'true')
    .join(' AND ');
  const skip = parameter(compilation, (v) => neo4j.int(windowOf(plan, v).offset));
  const limit = parameter(compilation, (v) => neo4j.int(windowOf(plan, v).limit));
  const edgeState = compilation.known ? `rs${depth}` : r;
  const states = compilation.known
    ? ` WITH ${r}, ${n}, ${stateOf(compilation, r, true)} AS ${edgeState}, ${stateOf(compilation, n, false)} AS ${vars.state}`
    : '';
  const item = projectEdge(compilation, { node: r, state: edgeState }, vars, plan);
  const items = `COLLECT { ${gate}MATCH ${pattern} WHERE ${where} WITH ${r}, ${n} ORDER BY ${n}.id, ${r}.id SKIP ${skip} LIMIT ${limit}${states} RETURN ${item} }`;
  // The page alone when its total is not asked (planned-node.ts wraps it): one map less to
  // decode per relationship per node.
  const page = plan.total
    ? `{items: ${items}, total: toFloat(COUNT { ${gate}MATCH ${pattern} WHERE ${where} })}`
    : items;
  if (all.every((type) => plan.types.has(type))) return page;
  const guard = [...plan.types].map((type) => `${parent.node}:${type}`).join(' OR ');
  return `CASE WHEN ${guard} THEN ${page} END`;
}

function argsOf(plan: RelationPlan, variables: Record<string, unknown>) {
  return getArgumentValues(plan.definition, plan.field, variables) as Record<string, unknown>;
}

/** The page a connection asks for; a window it may not ask for reads nothing (its resolver says why). */
function windowOf(plan: RelationPlan, variables: Record<string, unknown>) {
  if (plan.list) return { offset: 0, limit: RELATION_LIST_LIMIT };
  try {
    return pageWindow(argsOf(plan, variables), NESTED_PAGE);
  } catch {
    return { offset: 0, limit: 0 };
  }
}

/** One edge: the relationship's properties its selected fields read (its id too only if selected), and its node. */
function projectEdge(
  compilation: Compilation,
  edge: { node: string; state: string },
  vars: NodeVars,
  plan: RelationPlan,
) {
  const props = new Map<string, PropRead>();
  const sourceSets: SelectionSetNode[] = [];
  if (plan.edgeType) {
    for (const field of selectedFields(compilation.operation, plan.edgeSets, plan.edgeType)) {
      const reads = readsOf(field.definition, true);
      if (reads.kind === 'props')
        for (const prop of ownProps(compilation, field, reads.props)) props.set(prop.key, prop);
      else if (reads.kind === 'sources') sourceSets.push(...field.selections);
    }
  }
  const types = possibleTypes(compilation.operation.schema, plan.nodeType);
  // The relationship's properties only when its selected fields read some: an empty map on
  // every edge cost its decoding (connections.ts supplies an empty one).
  const node = projectNode(compilation, vars, types, plan.nodeSets);
  const parts = [`node: ${node}`];
  if (props.size > 0 || compilation.whole)
    parts.unshift(`relationship: ${projectProps(compilation, edge, [...props.values()], null)}`);
  if (sourceSets.length > 0) {
    const holder: NodeVars = { ...edge, depth: vars.depth };
    parts.push(`sources: ${projectSources(compilation, holder, sourceSets)}`);
  }
  // The node alone when the edge reads nothing else: one map less per item for Neo4j to build
  // and the driver to decode (planned-node.ts puts it back in its edge).
  return parts.length === 1 ? node : `{${parts.join(', ')}}`;
}
