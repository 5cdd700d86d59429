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

// ApplySchema creates the constraints and indexes that do not exist yet and
// waits until every index is online. It is safe to run any number of times.
func (s *Store) ApplySchema(ctx context.Context) error {
	stmts, err := SchemaStatements()
	if err != nil {
		return err
	}
	for _, stmt := range append(stmts, "CALL db.awaitIndexes()") {
		if _, err := s.execute(ctx, stmt, nil, false); err != nil {
			return fmt.Errorf("apply schema statement %q: %w", firstLine(stmt), err)
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
