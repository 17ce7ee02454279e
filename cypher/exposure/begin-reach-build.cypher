// A build of the reach index begins: reads fall back to the walk until it ends, and the
// generation it builds is the one written last (a write that commits meanwhile bumps it). The
// first SET takes the state's lock, so the check that no other build is under way (begun less
// than $leaseMinutes ago) reads what the last build wrote: no row, another build is running.
// The build takes over what the writes since the last one touched (`all`: everything; else
// `ids`), and the writes from now on start a new list; a build that failed gave its list back
// (abort-reach-build.cypher), and one whose lease ran out (its process died) has it taken back here.
MERGE (state:ExposureIndexState {name: 'reach'})
ON CREATE SET state.generation = 0, state.dirtyAll = true
SET state.checkedAt = datetime()
WITH state
WHERE state.buildingSince IS NULL OR state.buildingSince < datetime() - duration({minutes: $leaseMinutes})
WITH state, coalesce(state.dirtyIds, []) AS dirty
WITH state, coalesce(state.dirtyAll, true) OR coalesce(state.buildingAll, false) AS all,
  dirty + [id IN coalesce(state.buildingIds, []) WHERE NOT id IN dirty] AS ids
SET state.builtGeneration = null, state.buildingSince = datetime(),
  state.buildingAll = all, state.buildingIds = CASE WHEN all THEN [] ELSE ids END,
  state.dirtyAll = false, state.dirtyIds = []
RETURN state.generation AS generation, toString(state.buildingSince) AS since,
  all, state.buildingIds AS ids
