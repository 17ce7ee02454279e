import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { plannedNodesById } from '../../read/nodes-by-id.ts';
import { plannedSources } from '../../read/planned-node.ts';
import { SourceRef, typeOf } from '../nodes/node-refs.ts';
import { DateTime } from '../scalars.ts';
import { PROVENANCE_DESCRIPTIONS as DESCRIPTIONS } from './provenance-fields.ts';

export interface RetractionShape {
  at: string;
  by: string | null;
  reason: string | null;
}

/** Who took a fact back, when and why (docs/history.md). */
export const Retraction = builder.objectRef<RetractionShape>('Retraction').implement({
  description: 'A fact taken back: it stays in the graph, and reads hide it unless asked.',
  fields: (t) => ({
    at: t.field({ type: DateTime, resolve: (r) => r.at }),
    by: t.exposeString('by', { nullable: true, description: '`api:<key name>` …' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const textOf = (value: unknown) => (typeof value === 'string' ? value : null);
/** An instant as the API answers it: planned reads send epoch milliseconds, others ISO text. */
const instantOf = (value: unknown) =>
  typeof value === 'number' ? new Date(value).toISOString() : textOf(value);

/** Knowledge time of whatever holds the props: when the graph learned it, and any retraction. */
function knowledgeResolvers<Parent>(props: (parent: Parent) => Record<string, unknown>) {
  return {
    assertedAt: (parent: Parent) => instantOf(props(parent).assertedAt),
    assertedBy: (parent: Parent) => textOf(props(parent).assertedBy),
    retracted: (parent: Parent): RetractionShape | null => {
      const p = props(parent);
      const at = instantOf(p.retractedAt);
      return at === null
        ? null
        : { at, by: textOf(p.retractedBy), reason: textOf(p.retractionReason) };
    },
  };
}

/** Resolvers of the provenance fields, over whatever object holds the props (node or edge). */
export function provenanceResolvers<Parent>(props: (parent: Parent) => Record<string, unknown>) {
  return {
    sources: async (parent: Parent, _args: unknown, context: Context, info: GraphQLResolveInfo) => {
      const planned = plannedSources(parent);
      if (planned) return planned;
      // A fact no planned read fetched (an exposure hop, an alias): its sources by id, planned.
      const ids = (props(parent).sourceIds as string[] | undefined) ?? [];
      const nodes = await plannedNodesById(context, info, ids);
      return nodes.filter((node): node is GraphNode => node !== null);
    },
    quote: (parent: Parent) => (props(parent).quote as string | null | undefined) ?? null,
    confidence: (parent: Parent) => Number(props(parent).confidence ?? 1),
    inferred: (parent: Parent) => props(parent).inferred === true,
    rationale: (parent: Parent) => (props(parent).rationale as string | null | undefined) ?? null,
    ...knowledgeResolvers(props),
  };
}

const node = provenanceResolvers((n: GraphNode) => n.props);

/** Every node and relationship that asserts something answers "says who?" with these fields. */
export const FactRef = builder.interfaceRef<GraphNode>('Fact').implement({
  description: 'Something asserted about the world, with its provenance.',
  // Every fact is a node, so mixed lists (ABOUT, RESPONDS_TO …) can ask for `id` directly.
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (n) => typeOf(n) ?? null,
  fields: (t) => ({
    sources: t.field({
      type: [SourceRef],
      description: DESCRIPTIONS.sources,
      resolve: node.sources,
    }),
    quote: t.string({ nullable: true, description: DESCRIPTIONS.quote, resolve: node.quote }),
    confidence: t.float({ description: DESCRIPTIONS.confidence, resolve: node.confidence }),
    inferred: t.boolean({ description: DESCRIPTIONS.inferred, resolve: node.inferred }),
    rationale: t.string({
      nullable: true,
      description: DESCRIPTIONS.rationale,
      resolve: node.rationale,
    }),
    assertedAt: t.field({
      type: DateTime,
      nullable: true,
      description: DESCRIPTIONS.assertedAt,
      resolve: node.assertedAt,
    }),
    assertedBy: t.string({
      nullable: true,
      description: DESCRIPTIONS.assertedBy,
      resolve: node.assertedBy,
    }),
    retracted: t.field({
      type: Retraction,
      nullable: true,
      description: DESCRIPTIONS.retracted,
      resolve: node.retracted,
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The provenance and knowledge-time fields on an object that is not a node (a relationship's edge, an exposure
 * hop), reading the provenance properties that `propsOf` finds on it.
 */
export function provenanceFields<Shape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  propsOf: (parent: Shape) => Record<string, unknown>,
) {
  const resolvers = provenanceResolvers(propsOf);
  return {
    sources: t.field({
      type: [SourceRef],
      description: DESCRIPTIONS.sources,
      resolve: resolvers.sources,
    }),
    quote: t.string({ nullable: true, description: DESCRIPTIONS.quote, resolve: resolvers.quote }),
    confidence: t.float({ description: DESCRIPTIONS.confidence, resolve: resolvers.confidence }),
    inferred: t.boolean({ description: DESCRIPTIONS.inferred, resolve: resolvers.inferred }),
    rationale: t.string({
      nullable: true,
      description: DESCRIPTIONS.rationale,
      resolve: resolvers.rationale,
    }),
    assertedAt: t.field({
      type: DateTime,
      nullable: true,
      description: DESCRIPTIONS.assertedAt,
      resolve: resolvers.assertedAt,
    }),
    assertedBy: t.string({
      nullable: true,
      description: DESCRIPTIONS.assertedBy,
      resolve: resolvers.assertedBy,
    }),
    retracted: t.field({
      type: Retraction,
      nullable: true,
      description: DESCRIPTIONS.retracted,
      resolve: resolvers.retracted,
    }),
  };
}
