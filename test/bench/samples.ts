/**
 * What the benchmark asks about, drawn from the generated graph so every target (ours, the
 * floor, the peer) gets the same ids: firms spread over the whole list (heavy and light
 * dependers), measures active on ASOF (for exposedFirms), search words, timeline windows.
 */

import { ACTIVE_STATUSES } from '../../src/exposure/weights.ts';
import type { GeneratedGraph } from '../../src/generate/generate.ts';

/** The day every exposure question is asked for: inside the generated history, so all statuses occur. */
export const AS_OF = '2026-06-30';
const PER_KIND = 32;

export interface Samples {
  firmIds: string[];
  measureIds: string[];
  activeMeasureIds: string[];
  searchTerms: string[];
  measureKinds: (string | null)[];
  windows: { from: string; to: string }[];
}

const spread = <T>(items: T[], count: number): T[] =>
  items.length <= count
    ? items
    : Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);

export function pickSamples(graph: GeneratedGraph): Samples {
  const statusOn = new Map<string, { on: string; status: string }>();
  const coversGoods = new Set<string>();
  for (const file of graph.files) {
    for (const node of file.nodes) {
      if (node.labels[0] !== 'StatusChange') continue;
      const on = (node.props.on as { $date: string }).$date;
      const measureId = String(node.props.measureId);
      const known = statusOn.get(measureId);
      if (on <= AS_OF && (!known || known.on <= on)) {
        statusOn.set(measureId, { on, status: String(node.props.status) });
      }
    }
    for (const rel of file.relationships) {
      if (rel.type === 'COVERS' && rel.to.startsWith('commodity:')) coversGoods.add(rel.from);
    }
  }
  const active = graph.measureIds.filter(
    (id) => coversGoods.has(id) && ACTIVE_STATUSES.includes(statusOn.get(id)?.status ?? 'NOT_YET'),
  );
  const names = graph.files
    .flatMap((f) => f.nodes)
    .filter((n) => n.labels[0] === 'Company')
    .map((n) => String(n.props.name).split(' ')[0] ?? '');
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  return {
    firmIds: spread(
      graph.firms.map((f) => f.id),
      PER_KIND,
    ),
    measureIds: spread(graph.measureIds, PER_KIND),
    activeMeasureIds: spread(active, PER_KIND),
    searchTerms: [
      ...spread(names, 8).map((name) => name.slice(0, 5)),
      'precision',
      'rare-earth metals',
      'export controls',
      'frozen fish',
      'steel',
      'semiconductor',
      'tariffs japan',
      'automotive works',
    ],
    measureKinds: [null, 'EXPORT_CONTROL', 'TARIFF', 'IMPORT_BAN', 'SANCTION'],
    windows: years.flatMap((year) => [
      { from: `${year}-01-01`, to: `${year}-03-31` },
      { from: `${year}-07-01`, to: `${year}-09-30` },
    ]),
  };
}
