// Upserts a batch of nodes. Every node carries the `Entity` label (one unique index over all
// ids, so this MERGE is an index seek whatever the node's kind) plus its own labels.
// `SET n = row.props` replaces the properties whole: loading the same data twice is a no-op.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.labels)
