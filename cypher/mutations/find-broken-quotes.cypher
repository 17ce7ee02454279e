// Before a source's text is replaced (or dropped: $text is then empty): the facts (nodes and relationships) that cite it with a
// quote the new text no longer holds, which would lose their support. Runs only when the text
// changes, which is rare, so the scan of the facts is acceptable.
MATCH (stored:Source:Entity {id: $id})
WHERE stored.text IS NOT NULL AND stored.text <> $text
CALL (stored) {
  MATCH (n:Entity)
  WHERE stored.id IN n.sourceIds AND n.quote IS NOT NULL AND NOT $text CONTAINS n.quote
  RETURN n.id AS factId
  UNION
  MATCH ()-[r]->()
  WHERE stored.id IN r.sourceIds AND r.quote IS NOT NULL AND NOT $text CONTAINS r.quote
  RETURN r.id AS factId
}
RETURN factId
ORDER BY factId
LIMIT 20
