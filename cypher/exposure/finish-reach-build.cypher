// A build of the reach index ends: it answers again only if no write changed a path since it
// began (else the next build catches up, with what those writes touched).
MATCH (state:ExposureIndexState {name: 'reach'})
SET state.builtGeneration = $generation, state.builtAt = datetime(), state.buildingSince = null,
  state.buildingAll = null, state.buildingFirms = null, state.buildingStarts = null
RETURN state.generation = $generation AS fresh
