// Everything one level of a GraphQL answer asks for, in one round trip: nodes by id (Relay
// `node`, sources, the ends of edges) and one page of each parent's related nodes through any
// relationship type, either way. The resolvers of a level queue their requests (src/db/batch.ts)
// and this runs them together; each request comes back under its `key`.
//   {key, kind: 'node', id}: the node `id`, as the one item of its answer
//   {key, kind: 'out' | 'in', id, type, label}: the nodes `id` points at (or that point at it)
//     through `type`, with label `label` (`Entity` for any).
// Pages are cut in the database (ORDER BY, SKIP, LIMIT per parent); every related request of one
// run shares $offset and $limit. A retracted relationship, or one to a retracted node, only with
// $includeRetracted.
UNWIND $requests AS request
CALL (request) {
  WITH request WHERE request.kind = 'node'
  MATCH (n:Entity {id: request.id})
  RETURN [{relationship: null, node: {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], props: properties(n)}}] AS items
UNION ALL
  WITH request WHERE request.kind = 'out'
  MATCH (parent:Entity {id: request.id})
  RETURN COLLECT {
    MATCH (parent)-[r:$(request.type)]->(other:$(request.label))
    WHERE $includeRetracted OR (r.retractedAt IS NULL AND other.retractedAt IS NULL)
    WITH r, other
    ORDER BY other.id, r.id
    SKIP $offset
    LIMIT $limit
    RETURN {
      relationship: properties(r),
      node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: properties(other)}
    }
  } AS items
UNION ALL
  WITH request WHERE request.kind = 'in'
  MATCH (parent:Entity {id: request.id})
  RETURN COLLECT {
    MATCH (parent)<-[r:$(request.type)]-(other:$(request.label))
    WHERE $includeRetracted OR (r.retractedAt IS NULL AND other.retractedAt IS NULL)
    WITH r, other
    ORDER BY other.id, r.id
    SKIP $offset
    LIMIT $limit
    RETURN {
      relationship: properties(r),
      node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: properties(other)}
    }
  } AS items
}
RETURN request.key AS key, items
