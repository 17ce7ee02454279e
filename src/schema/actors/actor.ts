import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { flag, text, texts } from '../nodes/node-props.ts';
import { typeOf } from '../nodes/node-refs.ts';
import { FactRef } from '../provenance/fact.ts';

/**
 * Countries, persons and organisations: anyone who can impose, be targeted, say or do something.
 * Relationship fields shared by every actor (statements by them, measures against them) are added
 * by the area files with `builder.interfaceFields(ActorRef, …)`.
 */
export const ActorRef = builder.interfaceRef<GraphNode>('Actor').implement({
  description: 'A party: a country, a person or an organisation.',
  interfaces: [builder.nodeInterfaceRef(), FactRef],
  resolveType: (node) => typeOf(node) ?? null,
  fields: (t) => ({
    name: t.string({ resolve: (n) => text(n, 'name') ?? n.id }),
    aliases: t.stringList({
      description: 'Other names it goes by (MHI …).',
      resolve: (n) => texts(n, 'aliases'),
    }),
    description: t.string({ nullable: true, resolve: (n) => text(n, 'description') }),
  }),
});

export const OrganizationRef = builder.interfaceRef<GraphNode>('Organization').implement({
  description: 'A company, government body, media outlet or research institute.',
  interfaces: [builder.nodeInterfaceRef(), FactRef, ActorRef],
  resolveType: (node) => typeOf(node) ?? null,
  fields: (t) => ({
    kind: t.string({
      nullable: true,
      description: 'Free text: "trading house".',
      resolve: (n) => text(n, 'kind'),
    }),
    stateOwned: t.boolean({ nullable: true, resolve: (n) => flag(n, 'stateOwned') }),
  }),
});
