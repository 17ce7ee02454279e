// Inside a write that can change a path (a dependency, an input, a class, a sector, where a firm
// is based, what a measure covers, a supply share): the reach index no longer answers until it
// is built again (docs/exposure.md), and the next build knows where to look: $ids, the nodes the
// write touched on paths (reachTouches in src/exposure/reach-index.ts), or everything ($all, or
// more than $maxIds touched since the last build began). Taken before the write's other locks,
// so writes that change paths queue here rather than deadlock.
MERGE (state:ExposureIndexState {name: 'reach'})
// A state from before touches were kept (no dirtyAll) builds everything.
WITH state, coalesce(state.dirtyIds, []) AS known
WITH state, known + [id IN $ids WHERE NOT id IN known] AS ids
WITH state, ids, coalesce(state.dirtyAll, true) OR $all OR size(ids) > $maxIds AS all
SET state.generation = coalesce(state.generation, 0) + 1,
  state.dirtyAll = all,
  state.dirtyIds = CASE WHEN all THEN [] ELSE ids END
