// Commodities, one page, the root of a planned read (src/read/), by name then id. $hsCode (digits only, dots removed by the caller, or
// null) keeps goods with any HS code starting with it: "28" finds 2805.30 and 2846, "030" all
// of chapter 03's headings. Stored codes keep their dots (2805.30), so they are compared without.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (c:Commodity)
WHERE ($includeRetracted OR c.retractedAt IS NULL)
  AND ($hsCode IS NULL
    OR any(code IN coalesce(c.hsCodes, []) WHERE replace(code, '.', '') STARTS WITH $hsCode))
WITH c
ORDER BY c.name, c.id
SKIP $offset
LIMIT $limit
RETURN c AS n
