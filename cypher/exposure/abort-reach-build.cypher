// A build of the reach index that failed, or whose server is stopping, lets the next build begin
// at once instead of after the lease, and gives back what it was to rebuild: the next build
// does it again (deleting what this one left of it first).
MATCH (state:ExposureIndexState {name: 'reach'})
WHERE state.buildingSince = datetime($since)
WITH state, coalesce(state.dirtyFirms, []) AS dirtyFirms, coalesce(state.dirtyStarts, []) AS dirtyStarts
WITH state, coalesce(state.dirtyAll, true) OR coalesce(state.buildingAll, true) AS all,
  dirtyFirms + [id IN coalesce(state.buildingFirms, []) WHERE NOT id IN dirtyFirms] AS firms,
  dirtyStarts + [id IN coalesce(state.buildingStarts, []) WHERE NOT id IN dirtyStarts] AS starts
SET state.buildingSince = null, state.buildingAll = null, state.buildingFirms = null,
  state.buildingStarts = null, state.dirtyAll = all,
  state.dirtyFirms = CASE WHEN all THEN [] ELSE firms END,
  state.dirtyStarts = CASE WHEN all THEN [] ELSE starts END
