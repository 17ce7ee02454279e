// Every node with its labels and properties, for the export (Version nodes included: they are
// written back as the `history:` of the node or relationship they are a version of). The
// exposure reach index is derived, not a fact (docs/exposure.md): it is built again, not exported.
MATCH (n)
WHERE NOT n:ExposureReach AND NOT n:ExposureIndexState
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
