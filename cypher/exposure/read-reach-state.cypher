// Whether the reach index answers: built, and no write changed a path since.
OPTIONAL MATCH (state:ExposureIndexState {name: 'reach'})
RETURN state IS NOT NULL AND state.builtGeneration = state.generation AS fresh
