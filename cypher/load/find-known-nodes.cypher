// What the database holds for ids an import refers to without defining them: labels (for the
// relationship-end check), a source's text (for the quote check), a measure's number of status
// changes (a status history may grow, never shrink) and the indexes of those retracted (they
// no longer count for the date order or the status). Ids it does not hold are absent.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN
  id,
  [label IN labels(n) WHERE label <> 'Entity'] AS labels,
  CASE WHEN n:Source THEN n.text END AS text,
  COUNT { (n)-[:HAD_STATUS]->() } AS statusChanges,
  COLLECT {
    MATCH (n)-[:HAD_STATUS]->(s:StatusChange) WHERE s.retractedAt IS NOT NULL RETURN s.index
  } AS retractedChanges
