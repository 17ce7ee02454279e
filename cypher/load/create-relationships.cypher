// Creates a batch of relationships that the write's lock pass did not find (lock-entities.cypher:
// their start node is new, or holds no relationship of that id, and is locked until commit): what
// merge-relationships.cypher does for its `created` outcome, without seeking a stored
// relationship to compare with. A row whose end is missing all the same comes back `dangling`
// and the caller fails the write. A restored relationship's earlier versions are `Version` nodes
// found by `versionOf`, as in merge-relationships.cypher.
UNWIND $rows AS row
OPTIONAL MATCH (from:Entity {id: row.from})
OPTIONAL MATCH (to:Entity {id: row.to})
WITH row, from, to, from IS NULL OR to IS NULL AS dangling
CALL (row, from, to, dangling) {
  WITH row, from, to WHERE NOT dangling
  CREATE (from)-[created:$(row.type)]->(to)
  SET created = row.props
  SET created += coalesce(row.knowledge, {assertedAt: $now, assertedBy: $by})
  FOREACH (version IN row.versions |
    CREATE (earlier:Version)
    SET earlier = version
  )
}
RETURN CASE WHEN dangling THEN 'dangling' ELSE 'created' END AS outcome, count(*) AS count,
  collect(row.id)[..20] AS ids
