/**
 * Aliases as facts: every other name a node goes by, with the provenance that supports it. An
 * alias written with provenance of its own is an Alias node (src/load/read/normalize-aliases.ts); a
 * plain alias shares its node's. Search finds nodes by any alias (docs/search.md).
 */
import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { aliasId } from '../../load/read/normalize-aliases.ts';
import { READS_EXTENSION } from '../../read/field-reads.ts';
import { text, texts } from '../nodes/node-props.ts';
import { CommodityRef, loadNode, SectorRef } from '../nodes/node-refs.ts';
import { provenanceFields } from '../provenance/fact.ts';
import { ActorRef } from './actor.ts';

interface AliasShape {
  name: string;
  /** The Alias node's properties, or the owner's when the alias shares its provenance. */
  props: Record<string, unknown>;
}

const AliasFact = builder.objectRef<AliasShape>('Alias').implement({
  description: 'A name a node also goes by (“Beijing” for China’s government), and says who.',
  fields: (t) => ({
    name: t.exposeString('name'),
    ...provenanceFields(t, (alias) => alias.props),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The field on a node type or a node interface (Actor). */
const aliasFacts = (t: PothosSchemaTypes.FieldBuilder<Types, GraphNode, 'Object' | 'Interface'>) =>
  t.field({
    type: [AliasFact],
    // The names; each name's own Alias node, and the owner's provenance, come through the loader.
    extensions: { [READS_EXTENSION]: { props: ['aliases'] } },
    description:
      'Other names it goes by, each with its provenance: its own where the graph records one (an inference, a quote), else that of the node.',
    resolve: async (node, _args, context) => {
      const owner = await loadNode(context, node.id);
      const names = texts(owner ?? node, 'aliases');
      return Promise.all(
        names.map(async (name) => {
          const own = await loadNode(context, aliasId(node.id, name));
          const fact = own && text(own, 'name') === name ? own : (owner ?? node);
          return { name, props: fact.props };
        }),
      );
    },
  });

builder.interfaceFields(ActorRef, (t) => ({ aliasFacts: aliasFacts(t) }));
builder.objectFields(CommodityRef, (t) => ({ aliasFacts: aliasFacts(t) }));
builder.objectFields(SectorRef, (t) => ({ aliasFacts: aliasFacts(t) }));
