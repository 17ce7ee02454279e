// A build of the reach index begins: reads fall back to the walk until it ends, and the
// generation it builds is the one written last (a write that commits meanwhile bumps it). The
// first SET takes the state's lock, so the check that no other build is under way (begun less
// than $leaseMinutes ago) reads what the last build wrote: no row, another build is running.
// The build takes over what the writes since the last one touched (`all`: everything; else the
// `firms` and `starts` of mark-reach-written.cypher), and the writes from now on start new
// lists; a build that failed gave its lists back (abort-reach-build.cypher), and one whose lease
// ran out (its process died) has them taken back here.
MERGE (state:ExposureIndexState {name: 'reach'})
ON CREATE SET state.generation = 0, state.dirtyAll = true
SET state.checkedAt = datetime()
WITH state
WHERE state.buildingSince IS NULL OR state.buildingSince < datetime() - duration({minutes: $leaseMinutes})
WITH state, coalesce(state.dirtyFirms, []) AS dirtyFirms, coalesce(state.dirtyStarts, []) AS dirtyStarts
WITH state, coalesce(state.dirtyAll, true) OR coalesce(state.buildingAll, false) AS all,
  dirtyFirms + [id IN coalesce(state.buildingFirms, []) WHERE NOT id IN dirtyFirms] AS firms,
  dirtyStarts + [id IN coalesce(state.buildingStarts, []) WHERE NOT id IN dirtyStarts] AS starts
SET state.builtGeneration = null, state.buildingSince = datetime(), state.buildingAll = all,
  state.buildingFirms = CASE WHEN all THEN [] ELSE firms END,
  state.buildingStarts = CASE WHEN all THEN [] ELSE starts END,
  state.dirtyAll = false, state.dirtyFirms = [], state.dirtyStarts = []
RETURN state.generation AS generation, toString(state.buildingSince) AS since, all,
  state.buildingFirms AS firms, state.buildingStarts AS starts
