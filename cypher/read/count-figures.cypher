// How many figures of one kind find-figures.cypher pages through.
MATCH (f:$($label))
RETURN count(f) AS total
