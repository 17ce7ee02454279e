import type { OutputRef } from '@pothos/core';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { NodeKind } from '../../db/batch.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { kindLoader, nodeLoader } from './loaders.ts';
import { SYNC_GLOBAL_ID } from './sync-ids.ts';

/**
 * One Relay node type per graph label, declared here and implemented in the area files, so types
 * can point at each other without import cycles. A node's global id is its graph id (global-ids.ts).
 */
export const NODE_LABELS = [
  'Country',
  'Person',
  'Company',
  'GovernmentBody',
  'MediaOutlet',
  'ResearchInstitute',
  'Commodity',
  'Sector',
  'Measure',
  'StatusChange',
  'Event',
  'Statement',
  'Observation',
  'TradeFlow',
  'SupplyDependency',
  'ImpactEstimate',
  'Source',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * A node type or interface as a field's type: its shape a GraphNode, or for a node type (a
 * loadable ref) also an id, which Pothos loads.
 */
export type NodeTypeRef = OutputRef<GraphNode | string>;

/** Any node by id, whole, batched per request (for checks and exposure's own work). */
export function loadNode(context: Context, id: string): Promise<GraphNode | null> {
  return nodeLoader(context).load(id);
}

/** Whether a node is there, its labels, whether hypothetical: what a check needs, batched per request. */
export function loadKind(context: Context, id: string): Promise<NodeKind | null> {
  return kindLoader(context).load(id);
}

/** The GraphQL type of a node: its primary label. */
export function typeOf(node: { labels: readonly string[] }): NodeLabel | undefined {
  return NODE_LABELS.find((label) => node.labels.includes(label));
}

/** A node's global id is its graph id (global-ids.ts). */
const graphId = (node: GraphNode) => node.id;

function nodeRef(name: NodeLabel) {
  // Loads a GraphNode, or null for an id that names none of this type; the type's shape is GraphNode.
  return builder.loadableNodeRef<GraphNode | null, string, string, string, GraphNode>(name, {
    // Answered without a promise (sync-ids.ts): the same function, as an extension.
    id: { resolve: graphId, extensions: { [SYNC_GLOBAL_ID]: graphId } },
    // A global id naming the wrong type (a Country id asked as a Company) finds nothing.
    load: async (ids: string[], context: Context) =>
      Promise.all(ids.map((id) => loadNode(context, id))).then((nodes) =>
        nodes.map((node) => (node?.labels.includes(name) ? node : null)),
      ),
  });
}

export const CountryRef = nodeRef('Country');
export const PersonRef = nodeRef('Person');
export const CompanyRef = nodeRef('Company');
export const GovernmentBodyRef = nodeRef('GovernmentBody');
export const MediaOutletRef = nodeRef('MediaOutlet');
export const ResearchInstituteRef = nodeRef('ResearchInstitute');
export const CommodityRef = nodeRef('Commodity');
export const SectorRef = nodeRef('Sector');
export const MeasureRef = nodeRef('Measure');
export const StatusChangeRef = nodeRef('StatusChange');
export const EventRef = nodeRef('Event');
export const StatementRef = nodeRef('Statement');
export const ObservationRef = nodeRef('Observation');
export const TradeFlowRef = nodeRef('TradeFlow');
export const SupplyDependencyRef = nodeRef('SupplyDependency');
export const ImpactEstimateRef = nodeRef('ImpactEstimate');
export const SourceRef = nodeRef('Source');
