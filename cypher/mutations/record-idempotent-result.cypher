// Stores the first result under its idempotency key, in the same transaction as the writes it
// describes: both commit or neither does.
MATCH (r:IdempotencyRecord:Entity {id: $id})
SET r.result = $result, r.recordedAt = $now
REMOVE r.pending
