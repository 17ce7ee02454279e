// The market moves: share prices and indexes that moved, by how much, on which day, after what, and the words that report it.
MATCH (o:Observation)
WHERE o.metric STARTS WITH 'share'
RETURN
  toString(o.observedOn) AS on,
  o.instrument AS instrument,
  o.direction AS direction,
  CASE WHEN o.changeValue IS NULL THEN null ELSE toString(o.changeValue) + ' ' + o.changeUnit END AS change,
  o.description AS description,
  [(o)-[:FOLLOWS]->(cause) | coalesce(cause.title, cause.summary, cause.description)] AS after,
  [(o)-[:CONTRASTS_WITH]-(other) | other.instrument] AS contrasts_with,
  o.quote AS quote,
  o.id AS id
ORDER BY o.observedOn, o.changeValue, id
