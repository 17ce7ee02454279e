// How many nodes each parent points at through `$type`: asked only when `totalCount` is.
UNWIND $ids AS id
MATCH (parent:Entity {id: id})
RETURN id, COUNT { (parent)-[:$($type)]->(:$($label)) } AS total
