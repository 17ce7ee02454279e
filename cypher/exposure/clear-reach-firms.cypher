// Deletes the reach index entries of some firms ($firmIds) before build-reach-firms.cypher
// builds them again (a build after writes that changed what those firms alone reach), in
// batches (an auto-commit transaction) like clear-reach.cypher.
UNWIND $firmIds AS firmId
MATCH (entry:ExposureReach {firm: firmId})
CALL (entry) {
  DELETE entry
} IN TRANSACTIONS OF 10000 ROWS
