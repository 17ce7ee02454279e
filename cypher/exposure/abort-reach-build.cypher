// A server stopping during its build of the reach index lets the next build begin at once
// instead of after the lease (the entries it left carry its generation, which no read takes).
MATCH (state:ExposureIndexState {name: 'reach'})
WHERE state.buildingSince = datetime($since)
SET state.buildingSince = null
