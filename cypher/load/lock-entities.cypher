// The first step of every write: take the write lock of each node it touches ($locks: the nodes
// it writes and the start nodes of the relationships it writes, sorted by id, so that two
// writers take shared locks in the same order and cannot deadlock on them), then say the latest
// knowledge-time instant already stored on what it WRITES (`written`; a start node that is only
// locked does not count, nor does a node that does not exist yet). The write's instant is read
// from Neo4j's clock after this (read-clock.cypher) and is later than both: a write that waited
// for another's lock is stamped after it, so versions follow the order writes were applied in.
// Setting and removing a property leaves no trace but the lock, held until commit. A node that
// does not exist cannot be locked, but its seek locks the id's entry in the unique index: another
// writer cannot create it until this one commits.
// It also says which of them it found (`nodes`, `relationships`): the writer compares only those
// with what it brings (merge-*.cypher) and creates the others (create-*.cypher). What it found
// and what it did not stay so until commit, under these locks.
CALL () {
  UNWIND $locks AS lock
  MATCH (n:Entity {id: lock.id})
  SET n.writeLock = true
  REMOVE n.writeLock
  WITH n, lock
  UNWIND CASE WHEN lock.written THEN [n.assertedAt, n.updatedAt, n.retractedAt] ELSE [null] END AS at
  RETURN collect(DISTINCT n.id) AS nodes, max(at) AS latestNode
}
CALL () {
  UNWIND $relationships AS rel
  // Sought in the id index (the hint): planned on a nearly empty store, this scanned the index
  // and joined instead, for every relationship of the write.
  MATCH (start:Entity {id: rel.from})-[r:$(rel.type) {id: rel.id}]->()
  USING INDEX start:Entity(id)
  UNWIND [r.assertedAt, r.updatedAt, r.retractedAt] AS at
  RETURN collect(DISTINCT r.id) AS relationships, max(at) AS latestRelationship
}
WITH nodes, relationships,
  [at IN [latestNode, latestRelationship] WHERE at IS NOT NULL | at.epochMillis] AS instants
RETURN nodes, relationships,
  reduce(m = null, at IN instants | CASE WHEN m IS NULL OR at > m THEN at ELSE m END) AS latest
