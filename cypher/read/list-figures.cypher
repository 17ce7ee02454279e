// One page of the figures of one kind ($label: Observation, TradeFlow, SupplyDependency or
// ImpactEstimate; the code allows no other), by id.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (f:$($label))
WHERE $includeRetracted OR f.retractedAt IS NULL
WITH f
ORDER BY f.id
SKIP $offset
LIMIT $limit
RETURN f AS n
