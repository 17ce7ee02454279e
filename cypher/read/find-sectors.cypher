// Sectors, one page, by name then id.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Sector)
WHERE $includeRetracted OR s.retractedAt IS NULL
RETURN s.id AS id, [l IN labels(s) WHERE l <> 'Entity'] AS labels, properties(s) AS props
ORDER BY s.name, s.id
SKIP $offset
LIMIT $limit
