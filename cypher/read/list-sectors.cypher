// Sectors, one page, the root of a planned read (src/read/), by name then id.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Sector)
WHERE $includeRetracted OR s.retractedAt IS NULL
WITH s
ORDER BY s.name, s.id
SKIP $offset
LIMIT $limit
RETURN s AS n
