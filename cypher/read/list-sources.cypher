// The documents the facts come from, one page, the root of a planned read (src/read/), by id. $kinds (ARTICLE, STANDARD …) is optional.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Source)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($includeRetracted OR s.retractedAt IS NULL)
WITH s
ORDER BY s.id
SKIP $offset
LIMIT $limit
RETURN s AS n
