// How many commodities match the filter of find-commodities.cypher (kept identical to it).
MATCH (c:Commodity)
WHERE $hsCode IS NULL
  OR any(code IN coalesce(c.hsCodes, []) WHERE replace(code, '.', '') STARTS WITH $hsCode)
RETURN count(c) AS total
