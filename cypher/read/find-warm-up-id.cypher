// A node to ask the persisted documents about at start (src/http/warm-documents.ts): any node of
// $label that stands (not retracted, not hypothetical) and has relationships, so that a
// document's every statement runs, and is planned, before the first client asks.
MATCH (n:$($label))
WHERE n.retractedAt IS NULL AND NOT coalesce(n.hypothetical, false) AND EXISTS { (n)-->() }
RETURN n.id AS id
LIMIT 1
