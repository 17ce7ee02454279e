// How many commodities match the filter of list-commodities.cypher (kept identical to it).
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (c:Commodity)
WHERE ($includeRetracted OR c.retractedAt IS NULL)
  AND ($hsCode IS NULL
    OR any(code IN coalesce(c.hsCodes, []) WHERE replace(code, '.', '') STARTS WITH $hsCode))
RETURN count(c) AS total
