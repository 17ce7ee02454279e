// How many nodes point at each parent through `$type`: asked only when `totalCount` is.
UNWIND $ids AS id
MATCH (parent:Entity {id: id})
RETURN id, COUNT { (parent)<-[:$($type)]-(:$($label)) } AS total
