package graph

import (
	"context"
	"fmt"
	"strings"

	"kg/cypher"
)

// SchemaStatements returns the statements of cypher/schema.cypher, without
// comments, in file order.
func SchemaStatements() ([]string, error) {
	b, err := cypher.FS.ReadFile("schema.cypher")
	if err != nil {
		return nil, fmt.Errorf("read schema.cypher: %w", err)
	}
	return splitStatements(string(b)), nil
}

// splitStatements drops whole-line // comments and splits the rest on ';'.
func splitStatements(text string) []string {
	var kept []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "//") {
			kept = append(kept, line)
		}
	}
	var stmts []string
	for _, s := range strings.Split(strings.Join(kept, "\n"), ";") {
		if s = strings.TrimSpace(s); s != "" {
			stmts = append(stmts, s)
		}
	}
	return stmts
}

// ApplySchema creates the constraints and indexes that do not exist yet,
// drops the relationship type lookup index (see dropRelationshipLookup) and
// waits until every index is online. It is safe to run any number of times.
func (s *Store) ApplySchema(ctx context.Context) error {
	stmts, err := SchemaStatements()
	if err != nil {
		return err
	}
	for _, stmt := range stmts {
		if _, err := s.execute(ctx, stmt, nil, ReadWrite); err != nil {
			return fmt.Errorf("apply schema statement %q: %w", firstLine(stmt), err)
		}
	}
	if err := s.dropRelationshipLookup(ctx); err != nil {
		return err
	}
	if _, err := s.execute(ctx, "CALL db.awaitIndexes()", nil, ReadWrite); err != nil {
		return fmt.Errorf("wait for the indexes: %w", err)
	}
	return nil
}

// dropRelationshipLookup drops the index of relationships by type that
// Neo4j creates in every new database. With it, every commit decodes the
// properties of each relationship it creates or changes to find index
// updates, and the facts' sources and evidence are long lists: writing the
// facts of 30,000 articles took a fifth longer. kg's questions start from
// nodes and never look relationships up by type; counting them by type
// comes from Neo4j's count store; and MATCH ()-[r:MET_AT]->() in Neo4j
// Browser still works, by a scan of the relationships.
func (s *Store) dropRelationshipLookup(ctx context.Context) error {
	res, err := s.execute(ctx, "SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP' RETURN name", nil, ReadOnly)
	if err != nil {
		return fmt.Errorf("find the relationship type lookup index: %w", err)
	}
	for _, rec := range res.Records {
		name, _ := rec.Values[0].(string)
		// Index names cannot be parameters; this one comes from the
		// server, and backticks inside it are doubled all the same.
		if _, err := s.execute(ctx, "DROP INDEX `"+strings.ReplaceAll(name, "`", "``")+"` IF EXISTS", nil, ReadWrite); err != nil {
			return fmt.Errorf("drop the relationship type lookup index %s: %w", name, err)
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
