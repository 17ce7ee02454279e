/**
 * The reach index (docs/exposure.md, "The reach index"): for each firm, good some measure covers
 * and country the firm is based in, bounds on how well the firm reaches the good. `exposedFirms`
 * uses it to score exactly only the firms that can reach the page (rank.ts), and answers by the
 * walk whenever it is not fresh. It is derived data, never a fact: no provenance, not exported,
 * rebuilt from the facts whenever a write changed a path.
 *
 * Freshness: every write through the one write path that can change a path bumps a generation
 * (`markReachWritten`, in the write's transaction); a build records the generation it began
 * from, and the index answers only while no write has bumped it since.
 */
import { defineQuery } from '../db/cypher.ts';
import type { Database, Run } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { EXPOSURE_WEIGHTS as W } from './weights.ts';

const markWritten = defineQuery<Record<string, never>, never>('exposure/mark-reach-written', []);
export const beginBuild = defineQuery<
  { leaseMinutes: number },
  { generation: number; since: string }
>('exposure/begin-reach-build', ['leaseMinutes']);
const clearReach = defineQuery<Record<string, never>, never>('exposure/clear-reach', []);
const buildReach = defineQuery<
  { weights: Record<string, number>; generation: number },
  { goods: number }
>('exposure/build-reach', ['weights', 'generation']);
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

/** In the write's transaction: the index stops answering until it is built again. */
export async function markReachWritten(run: Run): Promise<void> {
  await run(markWritten, {});
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
  goods: number;
  ms: number;
}

/**
 * Builds the index again from the graph as it stands: empties it, then fills it good by good
 * in batches that commit on their own (auto-commit). Reads walk meanwhile. `onBegin` hears the
 * build's start (what `abortReachBuild` needs to let another build begin at once).
 */
export async function buildReachIndex(
  db: Database,
  onBegin: (since: string) => void = () => {},
): Promise<ReachBuild> {
  const started = performance.now();
  const [begun] = await db.run(beginBuild, { leaseMinutes: LEASE_MINUTES }, 'WRITE');
  if (!begun) return { fresh: false, goods: 0, ms: performance.now() - started };
  onBegin(begun.since);
  const untimed = { timeout: 0 };
  let built: { goods: number } | undefined;
  try {
    await db.run(clearReach, {}, 'WRITE', untimed);
    [built] = await db.run(
      buildReach,
      { weights: REACH_WEIGHTS, generation: begun.generation },
      'WRITE',
      untimed,
    );
  } catch (error) {
    // The next build may begin at once; what this one wrote is never read (another generation).
    await db.run(abortBuild, { since: begun.since }, 'WRITE').catch(() => {});
    throw error;
  }
  const [finished] = await db.run(finishBuild, { generation: begun.generation }, 'WRITE');
  return {
    fresh: finished?.fresh === true,
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
        const build = await buildReachIndex(db, (since) => {
          building = since;
        });
        // No goods and not fresh: another build was under way (begin-reach-build.cypher).
        if (build.goods > 0 || build.fresh) {
          logger.info(
            { goods: build.goods, ms: Math.round(build.ms), fresh: build.fresh },
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
