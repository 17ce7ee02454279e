import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import type { RelationOptions } from '../lists/relation-field.ts';
import { FactRef } from '../provenance/fact.ts';

/*
 * The shapes shared by the relationships between goods, firms and industries: the types at
 * their mixed ends and the properties on their edges.
 *
 * The mixed ends are interfaces (not unions) that are Facts, so that a client selects `id`,
 * `label` and the provenance on them directly, and narrows with `... on Sector` only for what
 * one kind alone has. Commodity, Company and Sector list them among their interfaces.
 */

/** An interface implemented by `types`, which are facts; the kind is told by the node's labels. */
function mixedEnd(name: string, description: string, types: string[]) {
  return builder.interfaceRef<GraphNode>(name).implement({
    description,
    interfaces: [builder.nodeInterfaceRef(), FactRef],
    resolveType: (node) => types.find((type) => node.labels.includes(type)) ?? null,
  });
}

/** What a good flows into (INPUT_TO): another good, or a whole industry. */
export const GoodOrSectorRef = mixedEnd(
  'GoodOrSector',
  'What a good flows into: another good (Commodity), or a whole industry (Sector).',
  ['Sector', 'Commodity'],
);

/** Who depends on or produces a good: a firm, or a whole industry. */
export const FirmOrSectorRef = mixedEnd(
  'FirmOrSector',
  'Who depends on or produces a good: a firm (Company), or a whole industry (Sector).',
  ['Sector', 'Company'],
);

/** What a measure covers: goods, or a whole sector. */
export const CoveredRef = mixedEnd(
  'Covered',
  'What a measure covers: a good or class of goods (Commodity), or a whole industry (Sector).',
  ['Sector', 'Commodity'],
);

/** DEPENDS_ON always carries a criticality: the weight of the exposure edge. */
export const dependencyEdge: RelationOptions['edgeFields'] = (e) => ({
  criticality: e.float({
    description: 'How much the dependant needs the good, 0..1: a weight in exposure scores.',
    resolve: (edge) => Number(edge.relationship.criticality ?? 0),
  }),
});

/** INPUT_TO may carry a criticality: how much the product needs this input. */
export const inputEdge: RelationOptions['edgeFields'] = (e) => ({
  criticality: e.float({
    nullable: true,
    description: 'How much the product needs the input, 0..1, where the source or analyst says.',
    resolve: (edge) =>
      typeof edge.relationship.criticality === 'number' ? edge.relationship.criticality : null,
  }),
});

/** PRODUCES may carry a criticality: how much of the maker's business the product is. */
export const productionEdge: RelationOptions['edgeFields'] = (e) => ({
  criticality: e.float({
    nullable: true,
    description:
      'How much of the maker’s business rests on the product, 0..1: its weight in exposure through the product’s inputs.',
    resolve: (edge) =>
      typeof edge.relationship.criticality === 'number' ? edge.relationship.criticality : null,
  }),
});

/** MEMBER_OF is partial where only some of the class is in ("certain rare earth elements"). */
export const membershipEdge: RelationOptions['edgeFields'] = (e) => ({
  partial: e.boolean({
    description: 'Only part of the member is in the class ("certain rare earth elements").',
    resolve: (edge) => edge.relationship.partial === true,
  }),
});
