// Package cypher holds the Cypher files of the project: schema.cypher (the
// constraints and indexes) and one prepared query per other file. The same
// files run from the kg CLI, from Neo4j Browser and from a notebook.
package cypher

import "embed"

// FS holds every .cypher file of this directory.
//
//go:embed *.cypher
var FS embed.FS
