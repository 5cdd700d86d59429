// Package reliability holds the reliability and security suite of kg: tests
// that build the real kg binary and run it against a real Neo4j 5.26 server
// that the suite starts for itself (scripts/neo4j.sh with its own home,
// .neo4j/reliability, and its own ports, Bolt 7688 and HTTP 7475 unless
// KG_RELIABILITY_BOLT_PORT and KG_RELIABILITY_HTTP_PORT say otherwise), so
// that it can kill and restart that server mid-ingest without disturbing
// the server other tests use. Run it with `make test-reliability`.
//
// What it proves, one test each: bad input is reported and skipped while
// good input lands (input_test.go); one bad item is one report line
// whatever its file name, invalid UTF-16 is reported, symbolic links to
// folders are followed but loops, a commit cut off is counted for what it
// did, and a 50 MB line is ingested in seconds (edges_test.go, with the
// proxy of proxy_test.go); a server killed mid-ingest loses and duplicates
// nothing, concurrent ingests end with the graph of one run, and an
// article's facts land together or not at all (server_test.go); the graph
// is a function of the set of articles, however they are ingested
// (onegraph_test.go); user values reach Cypher only as parameters, ad-hoc
// Cypher is read-only unless asked, credentials never show, and the URI
// schemes behave (security_test.go).
package reliability
