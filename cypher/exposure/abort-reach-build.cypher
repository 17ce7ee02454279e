// A build of the reach index that failed, or whose server is stopping, lets the next build begin
// at once instead of after the lease, and gives back what it was to build: the next build
// does it again (deleting what this one left of it first).
MATCH (state:ExposureIndexState {name: 'reach'})
WHERE state.buildingSince = datetime($since)
WITH state, coalesce(state.dirtyIds, []) AS dirty
WITH state, coalesce(state.dirtyAll, true) OR coalesce(state.buildingAll, true) AS all,
  dirty + [id IN coalesce(state.buildingIds, []) WHERE NOT id IN dirty] AS ids
SET state.buildingSince = null, state.buildingAll = null, state.buildingIds = null,
  state.dirtyAll = all, state.dirtyIds = CASE WHEN all THEN [] ELSE ids END
