import type { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import type { RelationSpec } from '../../db/related.ts';
import { RELATION_EXTENSION } from '../../read/field-reads.ts';
import type { NodeTypeRef } from '../nodes/node-refs.ts';
import { provenanceFields } from '../provenance/fact.ts';
import { countRelatedFor, resolveRelated, resolveRelatedNodes } from './connections.ts';
import { includeRetractedArg } from './retracted-arg.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The fields of a node type or of a node interface (Actor's relationships are an interface's). */
type FieldBuilder = PothosSchemaTypes.FieldBuilder<Types, GraphNode, 'Object' | 'Interface'>;
type EdgeFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<
  Types,
  { relationship: Record<string, unknown> }
>;

export interface RelationOptions {
  /** The node type (or interface) at the other end. */
  type: NodeTypeRef;
  spec: RelationSpec;
  /** Prefix of the connection and edge type names: `MeasureCovers` -> MeasureCoversConnection. */
  name: string;
  description: string;
  /** The relationship's own properties (criticality, title …), beside its provenance. */
  edgeFields?: (t: EdgeFieldBuilder) => Record<string, unknown>;
}

/**
 * A relationship as a Relay connection: pages cut in Neo4j and batched across parents, the
 * relationship's provenance on each edge, `totalCount` computed only when selected.
 */
export function relation(t: FieldBuilder, options: RelationOptions) {
  return t.connection(
    {
      type: options.type,
      description: options.description,
      // Read by the planner (src/read/field-reads.ts).
      extensions: { [RELATION_EXTENSION]: options.spec },
      args: {
        includeRetracted: includeRetractedArg(
          t.arg,
          'Also retracted relationships, and relationships to retracted nodes.',
        ),
      },
      resolve: (parent, args, context, info) =>
        resolveRelated(context, parent, options.spec, args, info),
    },
    {
      name: `${options.name}Connection`,
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection, _args, context) => countRelatedFor(context, connection),
        }),
      }),
    },
    {
      name: `${options.name}Edge`,
      fields: (e) => {
        const fields = e;
        return {
          relationshipId: fields.string({
            nullable: true,
            description: 'The relationship’s id, `from-[TYPE#key]->to`: what `retract` takes.',
            resolve: (e) => (typeof e.relationship.id === 'string' ? e.relationship.id : null),
          }),
          ...provenanceFields(fields, (e) => e.relationship),
          ...(options.edgeFields?.(fields) ?? {}),
        };
      },
    },
  );
}

/**
 * A relationship read as a plain list of the nodes at its far end, for a relationship the model
 * allows only a few of (a measure's imposers): no paging, no edges; at most
 * RELATION_LIST_LIMIT (src/read/project.ts), by id. Its connection field stays beside it for
 * the relationship's own provenance.
 */
export function relationList(
  t: FieldBuilder,
  options: { type: NodeTypeRef; spec: RelationSpec; description: string },
) {
  return t.field({
    type: [options.type],
    description: options.description,
    // Read by the planner (src/read/field-reads.ts), as a connection's relationship is.
    extensions: { [RELATION_EXTENSION]: options.spec },
    resolve: (parent, _args, context, info) => resolveRelatedNodes(context, parent, info),
  });
}
