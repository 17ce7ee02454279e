// Stops the reads still running in Neo4j for a request whose client has gone (src/db/sessions.ts):
// each read of such a request carries the request's token in its transaction metadata, a token
// the server makes (never the client's X-Request-Id, which another client could send too).
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.request = $token
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS terminated
RETURN terminated
