// How many sectors there are: asked only when a client selects `totalCount`.
MATCH (s:Sector)
RETURN count(s) AS total
