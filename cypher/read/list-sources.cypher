// The documents the facts come from, one page, the root of a planned read (src/read/), by id. $kinds (ARTICLE, STANDARD …) is optional.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Source)
// Read from the id index in its order: no sort of them all, and the scan stops at the page's end
// (list-current-measures.cypher says why the hint).
USING INDEX s:Source(id)
WHERE s.id IS NOT NULL
  AND ($kinds IS NULL OR s.kind IN $kinds)
  AND ($includeRetracted OR s.retractedAt IS NULL)
WITH s
ORDER BY s.id
SKIP $offset
LIMIT $limit
RETURN s AS n
