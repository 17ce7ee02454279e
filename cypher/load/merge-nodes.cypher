// Writes a batch of nodes and says, per outcome, how many were created, updated or unchanged:
// the incoming properties are compared with the stored ones here, in the same transaction.
// - created: the node gets its properties, its labels (`Entity` first: one unique index over all
//   ids) and its knowledge time: `assertedAt`/`assertedBy` (or, restoring an export, the
//   recorded ones, with its earlier versions).
// - updated: the stored properties become a `Version` node, `(node)-[:PREVIOUS_VERSION]->(v)`,
//   id `<id>@<n>`, with `supersededAt`/`supersededBy`; the node takes the new properties, keeps
//   its `asserted…`/`retracted…` fields and gets `updatedAt`/`updatedBy`. Nothing is deleted.
// - unchanged: nothing is written (a node stored before knowledge time existed gets its
//   `assertedAt` now), so loading the same data twice leaves the graph byte for byte the same.
// - conflict: a restored row (with recorded knowledge time) meets a node whose state or history
//   differs; the caller rolls the whole write back.
// Knowledge-time fields ($knowledgeKeys) are never compared as data. Nothing here deletes.
// The write already holds the lock of every node it writes (lock-entities.cypher, the first step
// of every write), so what this compares and keeps as a version is what a concurrent writer
// committed before it: no change goes unversioned.
UNWIND $rows AS row
OPTIONAL MATCH (stored:Entity {id: row.id})
WITH row, stored,
  stored IS NOT NULL
  AND all(key IN keys(row.props) WHERE coalesce(stored[key] = row.props[key], false))
  AND all(key IN keys(stored) WHERE key IN keys(row.props) OR key IN $knowledgeKeys) AS same
WITH row, stored,
  CASE
    WHEN stored IS NULL THEN 'created'
    WHEN row.knowledge IS NULL THEN CASE WHEN same THEN 'unchanged' ELSE 'updated' END
    WHEN same
      AND all(key IN $knowledgeKeys WHERE coalesce(stored[key] = row.knowledge[key], stored[key] IS NULL AND row.knowledge[key] IS NULL))
      AND COUNT { (stored)-[:PREVIOUS_VERSION]->(:Version) } = size(row.versions)
      THEN 'unchanged'
    ELSE 'conflict'
  END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome = 'created'
  CREATE (node:Entity)
  SET node = row.props
  SET node += coalesce(row.knowledge, {assertedAt: $now, assertedBy: $by})
  SET node:$(row.labels)
  WITH node, row
  UNWIND row.versions AS version
  CREATE (node)-[:PREVIOUS_VERSION]->(earlier:Version)
  SET earlier = version
}
CALL (row, stored, outcome) {
  WITH row, stored WHERE outcome = 'updated'
  WITH row, stored, COUNT { (stored)-[:PREVIOUS_VERSION]->(:Version) } + 1 AS number
  CREATE (stored)-[:PREVIOUS_VERSION]->(earlier:Version)
  SET earlier = properties(stored)
  SET earlier.id = row.id + '@' + number, earlier.versionOf = row.id,
    earlier.versionNumber = number, earlier.supersededAt = $now, earlier.supersededBy = $by
  WITH row, stored,
    stored {.assertedAt, .assertedBy, .retractedAt, .retractedBy, .retractionReason} AS kept
  SET stored = row.props
  SET stored += kept
  SET stored.updatedAt = $now, stored.updatedBy = $by
}
CALL (stored, outcome) {
  WITH stored WHERE outcome = 'unchanged' AND stored.assertedAt IS NULL
  SET stored.assertedAt = $now, stored.assertedBy = $by
}
RETURN outcome, count(*) AS count, collect(row.id)[..20] AS ids
