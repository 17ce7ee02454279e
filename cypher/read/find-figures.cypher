// One page of the figures of one kind ($label: Observation, TradeFlow, SupplyDependency or
// ImpactEstimate; the code allows no other), by id.
MATCH (f:$($label))
RETURN f.id AS id, [l IN labels(f) WHERE l <> 'Entity'] AS labels, properties(f) AS props
ORDER BY f.id
SKIP $offset
LIMIT $limit
