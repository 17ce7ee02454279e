// Inside a write that can change a path (a dependency, an input, a class, a sector, where a firm
// is based, what a measure covers, a supply share): the reach index no longer answers until it
// is built again (docs/exposure.md). Taken before the write's other locks, so writes that change
// paths queue here rather than deadlock.
MERGE (state:ExposureIndexState {name: 'reach'})
SET state.generation = coalesce(state.generation, 0) + 1
