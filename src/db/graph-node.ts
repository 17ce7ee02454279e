/**
 * A node as the read API sees it: its id, its labels (without the storage label `Entity`) and its
 * properties, already plain JavaScript (see convert.ts).
 */
export interface GraphNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** A relationship's properties with the node at its other end. */
export interface RelatedItem {
  relationship: Record<string, unknown>;
  node: GraphNode;
}
