// One page of the nodes that point at each parent through `$type`, for a batch of parents: the page
// is cut in the database (ORDER BY, SKIP, LIMIT per parent), never collected and sliced here.
UNWIND $ids AS id
MATCH (parent:Entity {id: id})
CALL (parent) {
  MATCH (parent)<-[r:$($type)]-(other:$($label))
  // A retracted relationship, or one to a retracted node, only with $includeRetracted.
  WHERE $includeRetracted OR (r.retractedAt IS NULL AND other.retractedAt IS NULL)
  RETURN r, other
  ORDER BY other.id, r.id
  SKIP $offset
  LIMIT $limit
}
RETURN
  id,
  collect({
    relationship: properties(r),
    node: {id: other.id, labels: [l IN labels(other) WHERE l <> 'Entity'], props: properties(other)}
  }) AS items
