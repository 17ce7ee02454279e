// Writes a batch of relationships between nodes that exist (the reader has checked that; a row
// whose end is missing all the same comes back `dangling`, and the caller fails the write). As in
// merge-nodes.cypher; a relationship's earlier versions are `Version` nodes found by
// `versionOf` = the relationship's id, since a relationship cannot point at a node. Its `id` tells
// it apart from another of the same type between the same nodes.
UNWIND $rows AS row
OPTIONAL MATCH (from:Entity {id: row.from})
OPTIONAL MATCH (to:Entity {id: row.to})
// The start node's write lock, taken by the write's first step (lock-entities.cypher), guards
// its outgoing relationships: a concurrent writer of the same relationship waited for it, and
// finds it now (no duplicate, no change unversioned).
// Found from its start node, sought in the id index (the hint), never by scanning: the planner
// makes this statement's plan once, often on a store that holds a handful of relationships, and
// then preferred to read every relationship in the store for each row, those this transaction
// had written included (a load of 14,300 relationships took 37 s instead of 3).
OPTIONAL MATCH (start:Entity {id: row.from})-[stored:$(row.type) {id: row.id}]->(:Entity {id: row.to})
USING INDEX start:Entity(id)
WITH row, from, to, stored,
  stored IS NOT NULL
  AND all(key IN keys(row.props) WHERE coalesce(stored[key] = row.props[key], false))
  AND all(key IN keys(stored) WHERE key IN keys(row.props) OR key IN $knowledgeKeys) AS same
WITH row, from, to, stored,
  CASE
    WHEN from IS NULL OR to IS NULL THEN 'dangling'
    WHEN stored IS NULL THEN 'created'
    WHEN row.knowledge IS NULL THEN CASE WHEN same THEN 'unchanged' ELSE 'updated' END
    WHEN same
      AND all(key IN $knowledgeKeys WHERE coalesce(stored[key] = row.knowledge[key], stored[key] IS NULL AND row.knowledge[key] IS NULL))
      AND COUNT { (earlier:Version {versionOf: row.id}) } = size(row.versions)
      THEN 'unchanged'
    ELSE 'conflict'
  END AS outcome
CALL (row, from, to, outcome) {
  WITH row, from, to WHERE outcome = 'created'
  CREATE (from)-[created:$(row.type)]->(to)
  SET created = row.props
  SET created += coalesce(row.knowledge, {assertedAt: $now, assertedBy: $by})
  WITH row
  UNWIND row.versions AS version
  CREATE (earlier:Version)
  SET earlier = version
}
CALL (row, stored, outcome) {
  WITH row, stored WHERE outcome = 'updated'
  WITH row, stored, COUNT { (earlier:Version {versionOf: row.id}) } + 1 AS number
  CREATE (earlier:Version)
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
