// Inside a write that can change a path: the reach index no longer answers until it is built
// again (docs/exposure.md, "The reach index"), and the next build knows what to rebuild (see
// ReachTouches in src/exposure/reach-index.ts): the firms whose own entries changed ($firms),
// the nodes from which the goods to rebuild whole are found ($starts), or everything ($all, or
// more than $maxIds touched since the last build began). A dependency or product ($dependencies)
// of a firm changes that firm's entries alone; of a sector, those of every firm in it: its good
// is a start. Taken before the write's other locks, so writes that change paths queue here
// rather than deadlock.
MERGE (state:ExposureIndexState {name: 'reach'})
WITH state, [d IN $dependencies |
  {from: d.from, to: d.to, ofFirm: EXISTS { MATCH (dependent:Entity {id: d.from}) WHERE dependent:Company }}] AS dependencies
WITH state, $firms + [d IN dependencies WHERE d.ofFirm | d.from] AS firms,
  $starts + [d IN dependencies WHERE NOT d.ofFirm | d.to] AS starts,
  coalesce(state.dirtyFirms, []) AS knownFirms, coalesce(state.dirtyStarts, []) AS knownStarts
WITH state, knownFirms + [id IN firms WHERE NOT id IN knownFirms] AS firms,
  knownStarts + [id IN starts WHERE NOT id IN knownStarts] AS starts
// A state from before touches were kept (no dirtyAll) builds everything.
WITH state, firms, starts, coalesce(state.dirtyAll, true) OR $all OR size(firms) + size(starts) > $maxIds AS all
SET state.generation = coalesce(state.generation, 0) + 1,
  state.dirtyAll = all,
  state.dirtyFirms = CASE WHEN all THEN [] ELSE firms END,
  state.dirtyStarts = CASE WHEN all THEN [] ELSE starts END
