// name: overview
// question: What does the graph hold? Nodes per label, relationships per type, and the 10 most connected leaders.
// :param {}

// Counts come from Neo4j's count store (no scan), so the labels and types
// are listed one by one: every label and type of the model. Each count is
// taken alone (WITH count(n) AS count) and named after: a count grouped by
// a name, even a constant one, is not read from the count store.
CALL () {
  MATCH (n:Leader) WITH count(n) AS count RETURN 'Leader' AS name, count
  UNION ALL
  MATCH (n:Country) WITH count(n) AS count RETURN 'Country' AS name, count
  UNION ALL
  MATCH (n:Organization) WITH count(n) AS count RETURN 'Organization' AS name, count
  UNION ALL
  MATCH (n:City) WITH count(n) AS count RETURN 'City' AS name, count
  UNION ALL
  MATCH (n:Summit) WITH count(n) AS count RETURN 'Summit' AS name, count
  UNION ALL
  MATCH (n:Agreement) WITH count(n) AS count RETURN 'Agreement' AS name, count
  UNION ALL
  MATCH (n:Article) WITH count(n) AS count RETURN 'Article' AS name, count
}
WITH name, count WHERE count > 0
RETURN 'label' AS kind, name, count
UNION ALL
CALL () {
  MATCH ()-[r:MET_AT]->() WITH count(r) AS count RETURN 'MET_AT' AS name, count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS count RETURN 'MEMBER_OF' AS name, count
  UNION ALL
  MATCH ()-[r:SIGNED]->() WITH count(r) AS count RETURN 'SIGNED' AS name, count
  UNION ALL
  MATCH ()-[r:REPRESENTS]->() WITH count(r) AS count RETURN 'REPRESENTS' AS name, count
  UNION ALL
  MATCH ()-[r:HELD_IN]->() WITH count(r) AS count RETURN 'HELD_IN' AS name, count
  UNION ALL
  MATCH ()-[r:OF]->() WITH count(r) AS count RETURN 'OF' AS name, count
  UNION ALL
  MATCH ()-[r:SIGNED_AT]->() WITH count(r) AS count RETURN 'SIGNED_AT' AS name, count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS count RETURN 'LOCATED_IN' AS name, count
  UNION ALL
  MATCH ()-[r:PARTNER_OF]->() WITH count(r) AS count RETURN 'PARTNER_OF' AS name, count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WITH count(r) AS count RETURN 'MENTIONS' AS name, count
}
WITH name, count WHERE count > 0
RETURN 'relationship' AS kind, name, count
UNION ALL
// The leaders with the most facts (relationships other than MENTIONS),
// read through the index of the Leader key constraint. The count is a
// difference of degrees, which Neo4j keeps per node and type: a leader
// mentioned by ten thousand articles costs no more than one mentioned once.
CALL () {
  MATCH (l:Leader) USING INDEX l:Leader(key)
  WHERE l.key IS NOT NULL
  RETURN coalesce(l.name, l.key) AS name,
         COUNT { (l)--() } - COUNT { (l)-[:MENTIONS]-() } AS count
  ORDER BY count DESC, name
  LIMIT 10
}
RETURN 'leader' AS kind, name, count;
