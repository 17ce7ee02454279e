// Claims an idempotency key for one caller, in the mutation's own transaction. MERGE on the
// unique `Entity.id` makes a concurrent request with the same key wait here until the first
// commits (then it finds the record and replays it) or rolls back (then it claims the key).
// `fresh` is true when this request made the record and must do the work.
MERGE (r:Entity:IdempotencyRecord {id: $id})
ON CREATE SET r.pending = true, r.by = $by, r.checksum = $checksum, r.mutation = $mutation
RETURN coalesce(r.pending, false) AS fresh, r.checksum AS checksum, r.result AS result
