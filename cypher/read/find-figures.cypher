// One page of the figures of one kind ($label: Observation, TradeFlow, SupplyDependency or
// ImpactEstimate; the code allows no other), by id.
// Retracted facts (and relationships, in the filters) are left out unless $includeRetracted.
MATCH (f:$($label))
WHERE $includeRetracted OR f.retractedAt IS NULL
RETURN f.id AS id, [l IN labels(f) WHERE l <> 'Entity'] AS labels, properties(f) AS props
ORDER BY f.id
SKIP $offset
LIMIT $limit
