// The documents the facts come from, one page, by id. $kinds (ARTICLE, STANDARD …) is optional.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Source)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($includeRetracted OR s.retractedAt IS NULL)
RETURN s.id AS id, [l IN labels(s) WHERE l <> 'Entity'] AS labels, properties(s) AS props
ORDER BY s.id
SKIP $offset
LIMIT $limit
