// How many sources match the filter of find-sources.cypher (kept identical to it).
MATCH (s:Source)
WHERE $kinds IS NULL OR s.kind IN $kinds
RETURN count(*) AS total
