// Deletes the reach index entries of some covered goods ($goodIds) before build-reach.cypher
// builds them again (a build after writes that touched a few paths), in batches (an
// auto-commit transaction) like clear-reach.cypher.
UNWIND $goodIds AS goodId
MATCH (entry:ExposureReach {good: goodId})
CALL (entry) {
  DELETE entry
} IN TRANSACTIONS OF 10000 ROWS
