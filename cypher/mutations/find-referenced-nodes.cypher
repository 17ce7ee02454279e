// What a mutation's validation needs to know about the ids its entry refers to (sources, the ends
// of a relationship, the measure whose history grows): labels, a source's text for the quote
// check, how many status changes a measure holds and which of them are retracted (they no
// longer count), and whether the node is retracted (a write may not lean on a retracted fact). Ids the database does not hold are absent from the answer.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:IdempotencyRecord
RETURN
  id,
  [label IN labels(n) WHERE label <> 'Entity'] AS labels,
  CASE WHEN n:Source THEN n.text END AS text,
  COUNT { (n)-[:HAD_STATUS]->() } AS statusChanges,
  COLLECT {
    MATCH (n)-[:HAD_STATUS]->(s:StatusChange) WHERE s.retractedAt IS NOT NULL RETURN s.index
  } AS retractedChanges,
  n.retractedAt IS NOT NULL AS retracted
