/**
 * The reach index (docs/exposure.md, "The reach index"): for each firm, good some measure covers
 * and country the firm is based in, bounds on how well the firm reaches the good. `exposedFirms`
 * uses it to score exactly only the firms that can reach the page (rank.ts), and answers by the
 * walk whenever it is not fresh. It is derived data, never a fact: no provenance, not exported,
 * rebuilt from the facts whenever a write changed a path.
 *
 * Freshness: every write through the one write path that can change a path bumps a generation
 * (`markReachWritten` in reach-touches.ts, in the write's transaction) and notes what it touched; a
 * build records the generation it began from, and the index answers only while no write has
 * bumped it since. A build after a few such writes rebuilds only what they may have changed
 * (ReachTouches); after many, or a country's retraction, it rebuilds everything.
 */
import { defineQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { ReachTouches } from './reach-touches.ts';
import { EXPOSURE_WEIGHTS as W } from './weights.ts';

export const beginBuild = defineQuery<
  { leaseMinutes: number },
  { generation: number; since: string; all: boolean; firms: string[]; starts: string[] }
>('exposure/begin-reach-build', ['leaseMinutes']);
const clearReach = defineQuery<Record<string, never>, never>('exposure/clear-reach', []);
const findReachGoods = defineQuery<{ ids: string[] }, { goodIds: string[] }>(
  'exposure/find-reach-goods',
  ['ids'],
);
const clearReachFirms = defineQuery<{ firmIds: string[] }, never>('exposure/clear-reach-firms', [
  'firmIds',
]);
const buildReachFirms = defineQuery<
  { weights: Record<string, number>; generation: number; firmIds: string[] },
  { firms: number }
>('exposure/build-reach-firms', ['weights', 'generation', 'firmIds']);
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
  /** True when it rebuilt only what the writes since the last build may have changed. */
  partial: boolean;
  /** The covered goods built whole. */
  goods: number;
  /** The firms whose entries were built firm by firm (a partial build). */
  firms: number;
  ms: number;
}

export interface BuildOptions {
  /** Rebuild everything whatever the writes touched (after facts written with plain Cypher). */
  full?: boolean;
  /** Hears the build's start (what `abortBuild` needs to let another build begin at once). */
  onBegin?: (since: string) => void;
}

type Untimed = { timeout: number };

/** A partial build: the goods found from the starts, whole; then the firms, firm by firm. */
async function rebuildTouched(
  db: Database,
  begun: { generation: number; starts: string[]; firms: string[] },
  untimed: Untimed,
): Promise<{ goods: number; firms: number }> {
  const weights = REACH_WEIGHTS;
  const { generation } = begun;
  let goods = 0;
  if (begun.starts.length > 0) {
    const [found] = await db.run(findReachGoods, { ids: begun.starts }, 'WRITE', untimed);
    const goodIds = found?.goodIds ?? [];
    if (goodIds.length > 0) {
      await db.run(clearReachGoods, { goodIds }, 'WRITE', untimed);
      const [built] = await db.run(buildReach, { weights, generation, goodIds }, 'WRITE', untimed);
      goods = built?.goods ?? 0;
    }
  }
  // After the goods: a firm's entries are then all of its own build's, whatever goods it has.
  const firmIds = begun.firms;
  if (firmIds.length === 0) return { goods, firms: 0 };
  await db.run(clearReachFirms, { firmIds }, 'WRITE', untimed);
  const [built] = await db.run(buildReachFirms, { weights, generation, firmIds }, 'WRITE', untimed);
  return { goods, firms: built?.firms ?? 0 };
}

/**
 * Builds the index from the graph as it stands. After writes that touched a few paths it
 * deletes and builds again only the entries they may have changed (rebuildTouched); else (or
 * with `full`) it empties the index and fills it good by good. Either way in batches that
 * commit on their own (auto-commit); reads walk meanwhile.
 */
export async function buildReachIndex(
  db: Database,
  { full = false, onBegin = () => {} }: BuildOptions = {},
): Promise<ReachBuild> {
  const started = performance.now();
  const [begun] = await db.run(beginBuild, { leaseMinutes: LEASE_MINUTES }, 'WRITE');
  const ms = () => performance.now() - started;
  if (!begun) return { fresh: false, partial: false, goods: 0, firms: 0, ms: ms() };
  onBegin(begun.since);
  const untimed = { timeout: 0 };
  const partial = !full && !begun.all;
  let built: { goods: number; firms: number };
  try {
    if (partial) {
      built = await rebuildTouched(db, begun, untimed);
    } else {
      await db.run(clearReach, {}, 'WRITE', untimed);
      const params = { weights: REACH_WEIGHTS, generation: begun.generation, goodIds: null };
      const [all] = await db.run(buildReach, params, 'WRITE', untimed);
      built = { goods: all?.goods ?? 0, firms: 0 };
    }
  } catch (error) {
    // The next build may begin at once, and does again what this one was to do.
    await db.run(abortBuild, { since: begun.since }, 'WRITE').catch(() => {});
    throw error;
  }
  const [finished] = await db.run(finishBuild, { generation: begun.generation }, 'WRITE');
  return { fresh: finished?.fresh === true, partial, ...built, ms: ms() };
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
              firms: build.firms,
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
