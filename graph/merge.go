package graph

import (
	"fmt"
	"strings"

	"kg/model"
)

// union returns a Cypher expression: the list prop of x extended with the
// elements of row.prop it lacks.
func union(x, prop string) string {
	return fmt.Sprintf("reduce(acc = coalesce(%[1]s.%[2]s, []), v IN row.%[2]s | CASE WHEN v IN acc THEN acc ELSE acc + v END)", x, prop)
}

// precise returns a Cypher expression for date property prop of x: the more
// precise of the two values (one with a year beats one without, "--09-15";
// then the longer); a tie keeps the graph's.
func precise(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(`CASE
  WHEN NEW IS NULL THEN OLD
  WHEN OLD IS NULL THEN NEW
  WHEN (NEW STARTS WITH '--') <> (OLD STARTS WITH '--') THEN CASE WHEN OLD STARTS WITH '--' THEN NEW ELSE OLD END
  WHEN size(NEW) > size(OLD) THEN NEW
  ELSE OLD END`)
}

// ranked returns a Cypher expression for prop of x: the value of higher
// rank in $rank; a tie keeps the graph's.
func ranked(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(
		`CASE WHEN NEW IS NULL THEN OLD WHEN OLD IS NULL OR coalesce($rank[NEW], 0) > coalesce($rank[OLD], 0) THEN NEW ELSE OLD END`)
}

// earliest returns a Cypher expression for prop of x: the earlier date,
// preferring one with a year.
func earliest(x, prop string) string {
	return strings.NewReplacer("OLD", x+"."+prop, "NEW", "row."+prop).Replace(`CASE
  WHEN NEW IS NULL THEN OLD
  WHEN OLD IS NULL THEN NEW
  WHEN (NEW STARTS WITH '--') <> (OLD STARTS WITH '--') THEN CASE WHEN OLD STARTS WITH '--' THEN NEW ELSE OLD END
  WHEN NEW < OLD THEN NEW
  ELSE OLD END`)
}

// entityQuery merges the nodes of one label. label comes from model.Labels.
//
// It computes each property's merged value first and writes the node only
// when one of them differs from the graph's: most rows of a batch are about
// countries, leaders and cities the graph has as they are, and writing a
// property, even to the value it has, takes the node's write lock and a
// place in the transaction's state. The rows of one node are folded into
// one (foldEntities) because the values are computed for every row before
// any is written.
func entityQuery(label string) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMERGE (n:%s {%s: row.key})\n", label, model.KeyProperty(label))
	q += mergedValues(label)
	q += "FOREACH (_ IN CASE WHEN " + changed(label) + " THEN [1] ELSE [] END |\n"
	q += "  SET n += row.props, n.aliases = aliases, n.date = date, n.end_date = end_date, n.aliases_text = aliases_text"
	if label == model.LabelSummit {
		q += ", n.status = status"
	}
	return q + ")\nRETURN row.key AS key, id(n) AS id\n"
}

// mergedValues returns WITH clauses that compute, for node n and the row,
// the merged aliases, date, end_date, aliases_text (and status of a
// Summit).
func mergedValues(label string) string {
	const x, keep = "n", "row, n"
	q := "WITH " + keep + ", CASE WHEN row.aliases IS NULL THEN " + x + ".aliases ELSE " + union(x, "aliases") + " END AS aliases,\n"
	q += "  " + precise(x, "date") + " AS date\n"
	// date and end_date are one span: the end goes with the date that wins.
	q += "WITH " + keep + ", aliases, date, CASE\n" +
		"  WHEN row.date IS NULL OR row.date = " + x + ".date THEN " + precise(x, "end_date") + "\n" +
		"  WHEN date = row.date THEN coalesce(row.end_date, CASE WHEN " + x + ".end_date >= date THEN " + x + ".end_date END)\n" +
		"  ELSE " + x + ".end_date END AS end_date,\n"
	// Full-text indexes take strings: aliases_text is the aliases, and an
	// acronym not among them, joined by spaces.
	q += "  coalesce(aliases, []) + [a IN [coalesce(row.props.acronym, " + x + ".acronym)] WHERE a IS NOT NULL AND NOT a IN coalesce(aliases, [])] AS other\n"
	q += "WITH " + keep + ", aliases, date, end_date, CASE WHEN other = [] THEN null ELSE reduce(s = '', a IN other | s + CASE s WHEN '' THEN '' ELSE ' ' END + a) END AS aliases_text"
	if label == model.LabelSummit {
		q += ",\n  " + ranked(x, "status") + " AS status"
	}
	return q + "\n"
}

// changed returns a Cypher condition: node n differs from the values
// computed by mergedValues.
func changed(label string) string {
	const x = "n"
	c := "(any(k IN keys(row.props) WHERE " + differs("row.props[k]", x+"[k]") + ")" +
		" OR " + differs("aliases", x+".aliases") + " OR " + differs("date", x+".date") +
		" OR " + differs("end_date", x+".end_date") + " OR " + differs("aliases_text", x+".aliases_text")
	if label == model.LabelSummit {
		c += " OR " + differs("status", x+".status")
	}
	return c + ")"
}

// differs returns a Cypher condition: a and b differ, null counting as a
// value of its own.
func differs(a, b string) string {
	return fmt.Sprintf("((%[1]s) IS NULL <> (%[2]s) IS NULL OR (%[1]s) <> (%[2]s))", a, b)
}

// relationQuery merges the relationships of one group. Its type and labels
// come from model constants, checked by Check.
func relationQuery(g relGroup) string {
	q := fmt.Sprintf("UNWIND $rows AS row\nMATCH (a) WHERE id(a) = row.a\nMATCH (b) WHERE id(b) = row.b\nMERGE (a)-[r:%s]->(b)\nSET r += row.props\n", g.typ)
	// The articles of the batch are new (see statements): their ids are
	// not in sources yet.
	q += "SET r.sources = coalesce(r.sources, []) + row.sources\n"
	if g.typ == model.RelMemberOf {
		q += "SET r.status = " + ranked("r", "status") + "\n"
		q += "SET r.since = " + earliest("r", "since") + "\n"
	}
	// evidence: the first MaxEvidence sentences in sort order (see
	// MaxEvidence); written only when that changes.
	q += fmt.Sprintf("WITH r, COLLECT { UNWIND coalesce(r.evidence, []) + row.evidence AS e WITH DISTINCT e ORDER BY e LIMIT %d RETURN e } AS evidence\n", MaxEvidence)
	q += "WHERE evidence <> coalesce(r.evidence, [])\n"
	q += "SET r.evidence = evidence\n"
	return q
}

const articleQuery = "UNWIND $rows AS row\nCREATE (a:Article {id: row.id})\nSET a += row.props\nRETURN row.id AS key, id(a) AS id"

func mentionsQuery(label string) string {
	return "UNWIND $rows AS row\nMATCH (a) WHERE id(a) = row.a\nUNWIND row.xs AS x\nMATCH (m) WHERE id(m) = x\nCREATE (a)-[:MENTIONS]->(m)\n"
}
