// Everything one level of a GraphQL answer asks for, in one round trip: nodes by id (Relay
// `node`, sources, the ends of edges) and one page of each parent's related nodes through any
// relationship type, either way. The resolvers of a level queue their requests (src/db/batch.ts)
// and this runs them together; each request comes back under its `key`.
//   {key, kind: 'node', id, related?}: `related` as in src/schema/prefetch.ts
//   {key, kind: 'out' | 'in', id, type, label}: the nodes `id` points at (or that point at it)
//     through `type`, with label `label` (`Entity` for any).
// Pages are cut in the database (ORDER BY, SKIP, LIMIT per parent); every related request of one
// run shares $offset and $limit. A retracted relationship, or one to a retracted node, only with
// $includeRetracted.
UNWIND $requests AS request
CALL (request) {
  WITH request WHERE request.kind = 'node'
  MATCH (n:Entity {id: request.id})
  // With the first page of each relationship the client asked of it (src/schema/prefetch.ts); a
  // relationship carries only its id unless the client reads it (`edgeProps`), and a node its
  // provenance only if the client reads that (`provenance`).
  CALL (n, request) {
    UNWIND coalesce(request.related, []) AS want
    WITH want WHERE want.on IN labels(n)
    WITH want, CASE want.direction
      WHEN 'out' THEN COLLECT {
        MATCH (n)-[r:$(want.type)]->(other:$(want.label))
        WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL
        WITH r, other ORDER BY other.id, r.id LIMIT $relatedLimit
        RETURN {relationship: CASE WHEN want.edgeProps THEN properties(r) ELSE {id: r.id} END, node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: CASE WHEN want.provenance THEN properties(other) ELSE other {.*, quote: null, rationale: null, sourceIds: null, confidence: null, inferred: null, assertedAt: null, assertedBy: null, updatedAt: null, retractedAt: null, retractedBy: null, retractionReason: null} END}}
      }
      ELSE COLLECT {
        MATCH (n)<-[r:$(want.type)]-(other:$(want.label))
        WHERE r.retractedAt IS NULL AND other.retractedAt IS NULL
        WITH r, other ORDER BY other.id, r.id LIMIT $relatedLimit
        RETURN {relationship: CASE WHEN want.edgeProps THEN properties(r) ELSE {id: r.id} END, node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: CASE WHEN want.provenance THEN properties(other) ELSE other {.*, quote: null, rationale: null, sourceIds: null, confidence: null, inferred: null, assertedAt: null, assertedBy: null, updatedAt: null, retractedAt: null, retractedBy: null, retractionReason: null} END}}
      }
    END AS items
    RETURN collect({key: want.key, items: items}) AS related
  }
  RETURN [{relationship: null, node: {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], props: properties(n)}, related: related}] AS items
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
