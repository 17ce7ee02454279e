// Empties the reach index before build-reach.cypher fills it again, in batches (an auto-commit
// transaction) so that a large index is never deleted in one transaction's memory.
MATCH (entry:ExposureReach)
CALL (entry) {
  DELETE entry
} IN TRANSACTIONS OF 10000 ROWS
