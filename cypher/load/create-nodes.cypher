// Creates a batch of nodes that the write's lock pass did not find (lock-entities.cypher: their
// ids are not in the store, and their index entries stay locked until commit): what
// merge-nodes.cypher does for its `created` outcome, without seeking a stored node to compare
// with. The node gets its properties, its labels (`Entity` first: one unique index over all ids)
// and its knowledge time: `assertedAt`/`assertedBy` (or, restoring an export, the recorded ones,
// with its earlier versions).
UNWIND $rows AS row
CREATE (node:Entity)
SET node = row.props
SET node += coalesce(row.knowledge, {assertedAt: $now, assertedBy: $by})
SET node:$(row.labels)
FOREACH (version IN row.versions |
  CREATE (node)-[:PREVIOUS_VERSION]->(earlier:Version)
  SET earlier = version
)
RETURN 'created' AS outcome, count(*) AS count, collect(row.id)[..20] AS ids
