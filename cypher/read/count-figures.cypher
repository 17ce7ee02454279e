// How many figures of one kind list-figures.cypher pages through.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (f:$($label))
WHERE $includeRetracted OR f.retractedAt IS NULL
RETURN count(f) AS total
