package graph

import (
	"fmt"

	"kg/model"
)

// entityQuery merges the nodes of one label (from model.Labels): a new
// node gets the row's properties (the winners of its articles' votes,
// finishEntities); a node that exists is locked, so that no concurrent
// writer changes it between this read and the write that follows, and its
// properties are returned for the client to add the row's votes to theirs
// (statement.update). A node MERGE has just created has its key alone.
func entityQuery(label string) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMERGE (n:%s {%s: row.key})\n", label, model.KeyProperty(label))
	q += "WITH row, n, size(keys(n)) = 1 AS new\n"
	q += "FOREACH (_ IN CASE WHEN new THEN [1] ELSE [] END | SET n += row.props)\n"
	q += "FOREACH (_ IN CASE WHEN new THEN [] ELSE [1] END | SET n." + lockProp + " = true REMOVE n." + lockProp + ")\n"
	return q + "RETURN row.key AS key, id(n) AS id, CASE WHEN new THEN null ELSE properties(n) END AS props\n"
}

// lockProp is set and removed at once to take a node's write lock before
// its properties are read: Neo4j reads what is committed (read-committed
// isolation), so two writers could otherwise both read the votes before
// either writes them, and one writer's votes would be lost.
const lockProp = "kg_lock"

// relationQuery merges the relationships of one group. Its type and labels
// come from model constants, checked by Check.
//
// Setting sources first takes the relationship's write lock (its new value
// reads the old one, so Cypher locks before reading), so that what follows
// reads what no concurrent writer changes until this one commits.
// sources stays sorted, whatever order the articles come in. A new
// relationship gets the row's properties; one that exists and has votes
// to add to is returned with its properties but its long lists, for the
// client (statement.update).
func relationQuery(g relGroup) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMATCH (a) WHERE id(a) = row.a\nMATCH (b) WHERE id(b) = row.b\nMERGE (a)-[r:%s]->(b)\n", g.typ)
	q += "WITH row, r, r.sources IS NULL AS new\n"
	// The articles of the batch are new (see statements): their ids are
	// not in sources yet.
	q += "SET r.sources = coalesce(r.sources, []) + row.sources\n"
	q += "WITH row, r, new\n"
	q += "FOREACH (_ IN CASE WHEN new THEN [1] ELSE [] END | SET r += row.props)\n"
	q += "FOREACH (_ IN CASE WHEN new THEN [] ELSE [1] END | SET r.sources = COLLECT { UNWIND r.sources AS s RETURN s ORDER BY s })\n"
	// evidence: the first MaxEvidence sentences in sort order (see
	// MaxEvidence); written only when that changes.
	q += fmt.Sprintf("WITH row, r, new, COLLECT { UNWIND coalesce(r.evidence, []) + row.evidence AS e WITH DISTINCT e ORDER BY e LIMIT %d RETURN e } AS evidence\n", MaxEvidence)
	q += "FOREACH (_ IN CASE WHEN evidence <> coalesce(r.evidence, []) THEN [1] ELSE [] END | SET r.evidence = evidence)\n"
	q += "WITH row, r, new WHERE row.voted AND NOT new\n"
	return q + "RETURN row.i AS i, id(r) AS id, [k IN keys(r) WHERE NOT k IN ['sources', 'evidence'] | [k, r[k]]] AS props\n"
}

// setNodesQuery and setRelationshipsQuery write what statement.update
// decided: rows of an internal id and the properties that change.
const (
	setNodesQuery         = "UNWIND $rows AS row\nMATCH (n) WHERE id(n) = row.id\nSET n += row.props"
	setRelationshipsQuery = "UNWIND $rows AS row\nMATCH ()-[r]->() WHERE id(r) = row.id\nSET r += row.props"
)

const articleQuery = "UNWIND $rows AS row\nCREATE (a:Article {id: row.id})\nSET a += row.props\nRETURN row.id AS key, id(a) AS id"

func mentionsQuery(label string) string {
	return "UNWIND $rows AS row\nMATCH (a) WHERE id(a) = row.a\nUNWIND row.xs AS x\nMATCH (m) WHERE id(m) = x\nCREATE (a)-[:MENTIONS]->(m)\n"
}
