// How many sectors there are: asked only when a client selects `totalCount`.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (s:Sector)
WHERE $includeRetracted OR s.retractedAt IS NULL
RETURN count(s) AS total
