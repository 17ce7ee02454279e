// A node to ask the persisted documents about at start (src/http/warm-documents.ts): of $label,
// standing (not retracted, not hypothetical), the one with the most relationships, so that a
// document's every statement runs, and is planned, before the first client asks (a measure that
// covers nothing would leave exposedFirms' ranking unplanned). Reads the label once.
MATCH (n:$($label))
WHERE n.retractedAt IS NULL AND NOT coalesce(n.hypothetical, false)
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT 1
