import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { GraphNode } from '../db/graph-node.ts';
import { loadNode, SourceRef, typeOf } from './node-refs.ts';

/** Resolvers of the provenance fields, over whatever object holds the props (node or edge). */
export function provenanceResolvers(propsOf: (parent: never) => Record<string, unknown>) {
  const props = (parent: unknown) => propsOf(parent as never);
  return {
    sources: async (parent: unknown, _args: unknown, context: Context) => {
      const ids = (props(parent).sourceIds as string[] | undefined) ?? [];
      const nodes = await Promise.all(ids.map((id) => loadNode(context, id)));
      return nodes.filter((node): node is GraphNode => node !== null);
    },
    quote: (parent: unknown) => (props(parent).quote as string | null | undefined) ?? null,
    confidence: (parent: unknown) => Number(props(parent).confidence ?? 1),
    inferred: (parent: unknown) => props(parent).inferred === true,
    rationale: (parent: unknown) => (props(parent).rationale as string | null | undefined) ?? null,
  };
}

const DESCRIPTIONS = {
  sources: 'The documents that support this fact.',
  quote: 'The exact words of the source that support it (absent for some inferred facts).',
  confidence: 'How sure the analyst is, 0..1.',
  inferred: 'True where an analyst concluded it and no source states it.',
  rationale: 'Why an inferred fact was concluded.',
};

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
  }),
});

export { DESCRIPTIONS as PROVENANCE_DESCRIPTIONS };

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The five provenance fields on an object that is not a node (a relationship's edge, an exposure
 * hop), reading the provenance properties that `propsOf` finds on it.
 */
export function provenanceFields<Shape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  propsOf: (parent: Shape) => Record<string, unknown>,
) {
  const resolvers = provenanceResolvers(propsOf as (parent: never) => Record<string, unknown>);
  return {
    sources: t.field({
      type: [SourceRef],
      description: DESCRIPTIONS.sources,
      resolve: resolvers.sources as never,
    }),
    quote: t.string({ nullable: true, description: DESCRIPTIONS.quote, resolve: resolvers.quote }),
    confidence: t.float({ description: DESCRIPTIONS.confidence, resolve: resolvers.confidence }),
    inferred: t.boolean({ description: DESCRIPTIONS.inferred, resolve: resolvers.inferred }),
    rationale: t.string({
      nullable: true,
      description: DESCRIPTIONS.rationale,
      resolve: resolvers.rationale,
    }),
  };
}
