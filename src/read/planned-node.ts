/**
 * A node as a planned read returns it: what every resolver reads (a GraphNode: id, labels, the
 * properties its selected fields read), plus what the planner fetched ahead for its fields: the
 * sources its provenance cites, and one page of each selected relationship, by the field's
 * `relatedKey`. Resolvers take those when present and go to the loaders only when not.
 */
import type { GraphNode } from '../db/graph-node.ts';

export interface PlannedPage {
  items: PlannedItem[];
  /** How many there are over all pages: present when `totalCount` was selected. */
  total?: number;
}

export interface PlannedItem {
  /** Absent when none of the edge's selected fields reads the relationship's properties. */
  relationship?: Record<string, unknown>;
  node: PlannedNode;
  /** The documents the relationship's provenance cites, when selected. */
  sources?: PlannedNode[];
}

export interface PlannedNode extends GraphNode {
  sources?: PlannedNode[];
  /** Each page by the field's key: its items alone when its total was not selected. */
  related?: Record<string, PlannedPage | PlannedItem[] | null>;
}

/** The planned page of a relationship field on `parent`, if the planner read it. */
export function plannedPage(parent: unknown, key: string): PlannedPage | undefined {
  const page = (parent as PlannedNode | null)?.related?.[key];
  if (Array.isArray(page)) return { items: page };
  return page ?? undefined;
}

/** The planned sources of a node or an edge, if the planner read them. */
export function plannedSources(parent: unknown): PlannedNode[] | undefined {
  const sources = (parent as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? (sources as PlannedNode[]) : undefined;
}
