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
  /**
   * Each page by the field's key: its items alone when its total was not selected, and each item
   * its node alone when the edge reads nothing but its node (project.ts `projectEdge`).
   */
  related?: Record<string, { items: PlannedEntry[]; total?: number } | PlannedEntry[] | null>;
}

/** An item as Neo4j sends it: the edge, or its node alone (a node has no `node` key). */
type PlannedEntry = PlannedItem | PlannedNode;

const asItem = (entry: PlannedEntry): PlannedItem => ('node' in entry ? entry : { node: entry });

/** The planned page of a relationship field on `parent`, if the planner read it. */
export function plannedPage(parent: unknown, key: string): PlannedPage | undefined {
  const page = (parent as PlannedNode | null)?.related?.[key];
  if (!page) return undefined;
  if (Array.isArray(page)) return { items: page.map(asItem) };
  const items = page.items.map(asItem);
  return page.total === undefined ? { items } : { items, total: page.total };
}

/** The planned sources of a node or an edge, if the planner read them. */
export function plannedSources(parent: unknown): PlannedNode[] | undefined {
  const sources = (parent as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? (sources as PlannedNode[]) : undefined;
}
