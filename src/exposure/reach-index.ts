/**
 * The reach index (docs/exposure.md, "The reach index"): for each firm, good some measure covers
 * and country the firm is based in, bounds on how well the firm reaches the good. `exposedFirms`
 * uses it to score exactly only the firms that can reach the page (rank.ts), and answers by the
 * walk whenever it is not fresh. It is derived data, never a fact: no provenance, not exported,
 * rebuilt from the facts whenever a write changed a path.
 *
 * Freshness: every write through the one write path that can change a path bumps a generation
 * (`markReachWritten`, in the write's transaction) and notes the nodes it touched on paths; a
 * build records the generation it began from, and the index answers only while no write has
 * bumped it since. A build after a few such writes rebuilds only the covered goods a path
 * through a touched node can end at; after many, or a country, it rebuilds everything.
 */
import { defineQuery } from '../db/cypher.ts';
import type { Database, Run } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { EXPOSURE_WEIGHTS as W } from './weights.ts';

const markWritten = defineQuery<{ ids: string[]; all: boolean; maxIds: number }, never>(
  'exposure/mark-reach-written',
  ['ids', 'all', 'maxIds'],
);
export const beginBuild = defineQuery<
  { leaseMinutes: number },
  { generation: number; since: string; all: boolean; ids: string[] }
>('exposure/begin-reach-build', ['leaseMinutes']);
const clearReach = defineQuery<Record<string, never>, never>('exposure/clear-reach', []);
const findReachGoods = defineQuery<{ ids: string[] }, { goodIds: string[] }>(
  'exposure/find-reach-goods',
  ['ids'],
);
const clearReachGoods = defineQuery<{ goodIds: string[] }, never>('exposure/clear-reach-goods', [
  'goodIds',
]);
const buildReach = defineQuery<
  { weights: Record<string, number>; generation: number; goodIds: string[] | null },
  { goods: number }
>('exposure/build-reach', ['weights', 'generation', 'goodIds']);
export const abortBuild = defineQuery<{ since: string }, never>('exposure/abort-reach-build', [
  'since',
]);
export const finishBuild = defineQuery<{ generation: number }, { fresh: boolean }>(
  'exposure/finish-reach-build',
  ['generation'],
);
const readState = defineQuery<Record<string, never>, { fresh: boolean }>(
  'exposure/read-reach-state',
  [],
);

/** The facts a path is made of: a write of one of them makes the index stale. */
const PATH_TYPES = new Set([
  'DEPENDS_ON',
  'PRODUCES',
  'INPUT_TO',
  'MEMBER_OF',
  'IN_SECTOR',
  'BASED_IN',
  'COVERS',
  'OF_GOOD',
  'SUPPLIER',
  'IMPORTER',
]);
const PATH_LABELS = new Set(['Company', 'Sector', 'Commodity', 'Country', 'SupplyDependency']);

interface PathWrite {
  nodes: readonly { id: string; labels: readonly string[] }[];
  relationships: readonly { type: string; from: string; to: string }[];
}

/** Whether a write of these nodes and relationships can change a path (or a share on one). */
export function changesPaths(write: {
  nodes: readonly { labels: readonly string[] }[];
  relationships: readonly { type: string }[];
}): boolean {
  return (
    write.relationships.some((r) => PATH_TYPES.has(r.type)) ||
    write.nodes.some((n) => n.labels.some((label) => PATH_LABELS.has(label)))
  );
}

/**
 * Which end of a relationship a build after its write starts from (find-reach-goods.cypher):
 * every path through the relationship goes on from its far end, so a dependency, a product, a
 * firm's sector, what a measure covers or a supply dependency's good need only that end (a
 * whole firm's goods would be far more); an input or a class, both ends; where a firm is based,
 * the firm (every entry of it moves country); a supply dependency's countries, the dependency
 * (its good).
 */
const TOUCHED_ENDS: Record<string, 'both' | 'from' | 'to'> = {
  DEPENDS_ON: 'to',
  PRODUCES: 'to',
  INPUT_TO: 'both',
  MEMBER_OF: 'both',
  IN_SECTOR: 'to',
  BASED_IN: 'from',
  COVERS: 'to',
  OF_GOOD: 'to',
  SUPPLIER: 'from',
  IMPORTER: 'from',
};

/** More touched nodes than this between two builds, and the next build rebuilds everything. */
export const MAX_TOUCHED = 500;

export interface ReachTouches {
  /** The nodes on paths the write touched: a build after it starts from them. */
  ids: string[];
  /** The write reaches too far to follow (a country: every firm based in it): rebuild all. */
  all: boolean;
}

/**
 * What a write changed of the paths: null when nothing (the index stays fresh), else the
 * touched nodes, or `all` when it touched a country.
 */
export function reachTouches(write: PathWrite): ReachTouches | null {
  if (!changesPaths(write)) return null;
  const ids = new Set<string>();
  let all = false;
  for (const node of write.nodes) {
    if (node.labels.includes('Country')) all = true;
    else if (node.labels.some((label) => PATH_LABELS.has(label))) ids.add(node.id);
  }
  for (const relationship of write.relationships) {
    const ends = TOUCHED_ENDS[relationship.type];
    if (ends === 'both' || ends === 'from') ids.add(relationship.from);
    if (ends === 'both' || ends === 'to') ids.add(relationship.to);
  }
  return { ids: [...ids], all: all || ids.size > MAX_TOUCHED };
}

/**
 * In the write's transaction: the index stops answering until it is built again, and the next
 * build knows what to rebuild.
 */
export async function markReachWritten(run: Run, touches: ReachTouches): Promise<void> {
  await run(markWritten, { ...touches, maxIds: MAX_TOUCHED });
}

/** The weights the index is built with: the ones the rankings use (weights.ts). */
export const REACH_WEIGHTS = {
  defaultCriticality: W.defaultCriticality,
  memberOf: W.memberOf,
  inSector: W.inSector,
};

/** A build that began longer ago than this is taken to have died (its process stopped). */
const LEASE_MINUTES = 30;

export interface ReachBuild {
  /** False: another build was under way, or a write came during this one (build again). */
  fresh: boolean;
  /** True when it rebuilt only the goods the writes since the last build may have changed. */
  partial: boolean;
  /** The covered goods built. */
  goods: number;
  ms: number;
}

export interface BuildOptions {
  /** Rebuild every good whatever the writes touched (after facts written with plain Cypher). */
  full?: boolean;
  /** Hears the build's start (what `abortBuild` needs to let another build begin at once). */
  onBegin?: (since: string) => void;
}

/**
 * Builds the index from the graph as it stands. After writes that touched a few paths it
 * deletes and builds again the entries of the covered goods those paths can end at; else (or
 * with `full`) it empties the index and fills it good by good. Either way in batches that
 * commit on their own (auto-commit); reads walk meanwhile.
 */
export async function buildReachIndex(
  db: Database,
  { full = false, onBegin = () => {} }: BuildOptions = {},
): Promise<ReachBuild> {
  const started = performance.now();
  const [begun] = await db.run(beginBuild, { leaseMinutes: LEASE_MINUTES }, 'WRITE');
  if (!begun) return { fresh: false, partial: false, goods: 0, ms: performance.now() - started };
  onBegin(begun.since);
  const untimed = { timeout: 0 };
  const partial = !full && !begun.all;
  let built: { goods: number } | undefined;
  try {
    let goodIds: string[] | null = null;
    if (partial) {
      const [found] = await db.run(findReachGoods, { ids: begun.ids }, 'WRITE', untimed);
      goodIds = found?.goodIds ?? [];
      if (goodIds.length > 0) await db.run(clearReachGoods, { goodIds }, 'WRITE', untimed);
    } else {
      await db.run(clearReach, {}, 'WRITE', untimed);
    }
    built =
      goodIds?.length === 0
        ? { goods: 0 }
        : (
            await db.run(
              buildReach,
              { weights: REACH_WEIGHTS, generation: begun.generation, goodIds },
              'WRITE',
              untimed,
            )
          )[0];
  } catch (error) {
    // The next build may begin at once; what this one wrote is never read (another generation).
    await db.run(abortBuild, { since: begun.since }, 'WRITE').catch(() => {});
    throw error;
  }
  const [finished] = await db.run(finishBuild, { generation: begun.generation }, 'WRITE');
  return {
    fresh: finished?.fresh === true,
    partial,
    goods: built?.goods ?? 0,
    ms: performance.now() - started,
  };
}

/** Whether the index answers now. */
export async function reachIndexFresh(db: Database): Promise<boolean> {
  const [state] = await db.run(readState, {});
  return state?.fresh === true;
}

/**
 * Keeps the index fresh for a server: every `intervalMs` it looks at the state, and builds when
 * it is not fresh (a write since the last build, or never built). Returns the function that
 * stops it, which also lets another build begin at once if this one was under way.
 */
export function refreshReachIndex(
  db: Database,
  logger: Logger,
  intervalMs = 2000,
): (withinMs: number) => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let building: string | null = null;
  const tick = async () => {
    try {
      const [state] = await db.run(readState, {});
      if (state && !state.fresh) {
        const build = await buildReachIndex(db, {
          onBegin: (since) => {
            building = since;
          },
        });
        // No goods and not fresh: another build was under way (begin-reach-build.cypher).
        if (build.goods > 0 || build.fresh) {
          logger.info(
            {
              goods: build.goods,
              partial: build.partial,
              ms: Math.round(build.ms),
              fresh: build.fresh,
            },
            'exposure reach index built',
          );
        }
      }
    } catch (error) {
      if (!stopped)
        logger.warn({ err: error }, 'exposure reach index: build failed; ranking walks');
    } finally {
      building = null;
      if (!stopped) timer = setTimeout(tick, intervalMs).unref();
    }
  };
  timer = setTimeout(tick, 0).unref();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (building !== null) await db.run(abortBuild, { since: building }, 'WRITE').catch(() => {});
  };
}
