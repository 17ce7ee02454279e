/**
 * What a write touched of the exposure paths (docs/exposure.md, "The reach index"): noted in the
 * write's transaction, it makes the reach index stale and tells the next build
 * (reach-index.ts) what to rebuild.
 */
import { defineQuery } from '../db/cypher.ts';
import type { Run } from '../db/database.ts';

const markWritten = defineQuery<ReachTouches & { maxIds: number }, never>(
  'exposure/mark-reach-written',
  ['firms', 'starts', 'dependencies', 'all', 'maxIds'],
);

/**
 * What a write changed of the paths, and so what the next build rebuilds. Whatever a firm alone
 * reaches (its dependencies and products, its sectors, its country, the firm itself retracted)
 * changes only that firm's entries: rebuilt firm by firm (`firms`). Whatever lies further along
 * (an input, a class, a covered good, a supply dependency's good, a sector's dependency or a
 * sector, good or supply dependency retracted) changes the entries of every firm that reaches
 * it: the covered goods a path through it can end at are rebuilt whole, found from `starts`
 * (find-reach-goods.cypher). Only Neo4j knows whether a dependency's dependent is a firm or a
 * sector: `dependencies` are told apart in mark-reach-written.cypher.
 */
export interface ReachTouches {
  firms: string[];
  starts: string[];
  dependencies: { from: string; to: string }[];
  /** Too much to follow (a country retracted: every firm based in it; an import): rebuild all. */
  all: boolean;
}

/** What each relationship type touches: see ReachTouches. The others are on no path. */
const TOUCHED: Record<string, 'firm' | 'far end' | 'both ends' | 'dependency'> = {
  DEPENDS_ON: 'dependency',
  PRODUCES: 'dependency',
  IN_SECTOR: 'firm',
  BASED_IN: 'firm',
  INPUT_TO: 'both ends',
  MEMBER_OF: 'both ends',
  COVERS: 'far end',
  OF_GOOD: 'far end',
};
/** Nodes whose retraction changes paths; a country's, every firm based in it. */
const RETRACTED: Record<string, 'firm' | 'start' | 'all'> = {
  Company: 'firm',
  Sector: 'start',
  Commodity: 'start',
  SupplyDependency: 'start',
  Country: 'all',
};

/** More touched nodes than this between two builds, and the next build rebuilds everything. */
export const MAX_TOUCHED = 500;

/**
 * What a write of `relationships` and a retraction of `retracted` touched of the paths: null
 * when nothing (the index stays fresh). A node written changes no path (a path reads no node
 * property but `retractedAt`, which only a retraction sets, and a new node is on a path only
 * through its relationships), and neither do a supply dependency's countries (its share is read
 * when a ranking runs, not stored).
 */
export function reachTouches(write: {
  retracted: readonly { id: string; labels: readonly string[] }[];
  relationships: readonly { type: string; from: string; to: string }[];
}): ReachTouches | null {
  const firms = new Set<string>();
  const starts = new Set<string>();
  const dependencies = new Map<string, { from: string; to: string }>();
  let all = false;
  for (const { id, labels } of write.retracted) {
    for (const label of labels) {
      const role = RETRACTED[label];
      if (role === 'all') all = true;
      else if (role === 'firm') firms.add(id);
      else if (role === 'start') starts.add(id);
    }
  }
  for (const { type, from, to } of write.relationships) {
    const role = TOUCHED[type];
    if (role === 'firm') firms.add(from);
    else if (role === 'far end') starts.add(to);
    else if (role === 'both ends') starts.add(from).add(to);
    else if (role === 'dependency') dependencies.set(`${from}\n${to}`, { from, to });
  }
  const touched = firms.size + starts.size + dependencies.size;
  if (touched === 0 && !all) return null;
  return {
    firms: [...firms],
    starts: [...starts],
    dependencies: [...dependencies.values()],
    all: all || touched > MAX_TOUCHED,
  };
}

/**
 * In the write's transaction: the index stops answering until it is built again, and the next
 * build knows what to rebuild.
 */
export async function markReachWritten(run: Run, touches: ReachTouches): Promise<void> {
  await run(markWritten, { ...touches, maxIds: MAX_TOUCHED });
}
