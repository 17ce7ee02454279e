// Every node with its labels and properties, for the export (Version nodes included: they are
// written back as the `history:` of the node or relationship they are a version of).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
