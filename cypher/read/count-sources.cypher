// How many sources match the filter of list-sources.cypher (kept identical to it).
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Source)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($includeRetracted OR s.retractedAt IS NULL)
RETURN count(*) AS total
