// Neo4j's clock, read when it is called (not when the transaction began): the one clock every
// API process shares, read by a write after it holds its locks (lock-entities.cypher).
RETURN datetime.realtime().epochMillis AS now
