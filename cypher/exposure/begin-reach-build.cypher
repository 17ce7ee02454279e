// A build of the reach index begins: reads fall back to the walk until it ends, and the
// generation it builds is the one written last (a write that commits meanwhile bumps it). The
// first SET takes the state's lock, so the check that no other build is under way (begun less
// than $leaseMinutes ago) reads what the last build wrote: no row, another build is running.
MERGE (state:ExposureIndexState {name: 'reach'})
ON CREATE SET state.generation = 0
SET state.checkedAt = datetime()
WITH state
WHERE state.buildingSince IS NULL OR state.buildingSince < datetime() - duration({minutes: $leaseMinutes})
SET state.builtGeneration = null, state.buildingSince = datetime()
RETURN state.generation AS generation, toString(state.buildingSince) AS since
