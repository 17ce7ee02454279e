import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';

export interface GraphHop {
  type: string;
  weight: number;
  inferred: boolean;
  scope?: string | null;
  from: { __typename: string; id: string; label: string };
  to: { __typename: string; id: string; label: string };
}

type PathNode = GraphHop['from'];

/**
 * The nodes of a path in reading order, from the firm to the measure and back through whom it
 * targets: the server's `steps` (each step's `from` is the previous one's `to`), each node once.
 */
export function chain(steps: readonly { from: PathNode; to: PathNode }[]): PathNode[] {
  const [first] = steps;
  const nodes = first ? [first.from, ...steps.map((step) => step.to)] : [];
  return nodes.filter((node, i) => nodes.findIndex((other) => other.id === node.id) === i);
}

const COLOURS: Record<string, string> = {
  Company: '#1c7ed6',
  Sector: '#0ca678',
  Commodity: '#e8590c',
  Measure: '#c92a2a',
  Country: '#6741d9',
};

/**
 * The path drawn with Cytoscape.js, top (the firm) to bottom (the measure), each relationship
 * with its type and weight. The list beside it says the same in words for screen readers.
 */
export function PathGraph({
  steps,
  hops,
  label,
}: {
  steps: readonly { from: PathNode; to: PathNode }[];
  hops: readonly GraphHop[];
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const nodes = chain(steps);
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((node, i) => ({
          data: {
            id: node.id,
            label: `${node.label}\n(${node.__typename})`,
            colour: COLOURS[node.__typename] ?? '#868e96',
          },
          position: { x: i % 2 === 0 ? 0 : 60, y: i * 90 },
        })),
        ...hops.map((hop, i) => ({
          data: {
            id: `hop-${i}`,
            source: hop.from.id,
            target: hop.to.id,
            label: `${hop.type}${hop.scope ? ` (${hop.scope})` : ''} ${hop.weight}${hop.inferred ? ' inferred' : ''}`,
            dashed: hop.inferred ? 'dashed' : 'solid',
          },
        })),
      ],
      layout: { name: 'preset', fit: true, padding: 30 },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(colour)',
            'text-wrap': 'wrap',
            'text-max-width': '220px',
            'text-valign': 'center',
            'text-halign': 'right',
            'text-margin-x': 8,
            'font-size': 12,
            width: 22,
            height: 22,
          },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'line-style': 'data(dashed)' as 'solid',
            'font-size': 10,
            'text-background-color': '#ffffff',
            'text-background-opacity': 1,
            'text-rotation': 'none',
            'text-halign': 'left',
            width: 2,
            'line-color': '#868e96',
            'target-arrow-color': '#868e96',
          },
        },
      ],
    });
    return () => cy.destroy();
  }, [steps, hops]);
  return (
    <div
      class="path-graph"
      ref={container}
      role="img"
      aria-label={label}
      style={{ height: `${Math.max(200, (hops.length + 1) * 90)}px` }}
    />
  );
}

/**
 * The same path as Cypher for the Neo4j Browser: one MATCH per relationship (a TARGETS hop that
 * stands for a measure's scope has none: its country alone), every node by label and id.
 */
export function pathCypher(hops: readonly GraphHop[]): string {
  const node = (n: GraphHop['from']) => `(:${n.__typename} {id: ${JSON.stringify(n.id)}})`;
  const lines = hops.map((hop, i) =>
    hop.scope
      ? `MATCH p${i} = ${node(hop.to)}`
      : `MATCH p${i} = ${node(hop.from)}-[:${hop.type}]->${node(hop.to)}`,
  );
  return `${lines.join('\n')}\nRETURN ${hops.map((_, i) => `p${i}`).join(', ')}`;
}

/** The Neo4j Browser's address, which the server names in a meta tag when it knows it. */
export function neo4jBrowser(): string | undefined {
  return document.querySelector('meta[name="neo4j-browser"]')?.getAttribute('content') ?? undefined;
}

export function browserLink(cypher: string): string | undefined {
  const base = neo4jBrowser();
  if (!base) return undefined;
  return `${base}?cmd=edit&arg=${encodeURIComponent(cypher)}`;
}
