package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ErrWriteNotAllowed is returned by Cypher when a read-only query tries to
// change the graph.
var ErrWriteNotAllowed = errors.New("the query tries to change the graph, and ad-hoc queries run read-only")

// Cypher runs one ad-hoc query, with params passed as query parameters
// (never spliced into the text), in a managed transaction of mode that the
// driver retries on transient failures. In a ReadOnly transaction the
// server itself refuses any write, and the error is ErrWriteNotAllowed.
// Columns and rows are as Run returns them.
func (s *Store) Cypher(ctx context.Context, query string, params map[string]any, mode AccessMode) ([]string, []map[string]any, error) {
	if strings.TrimSpace(query) == "" {
		return nil, nil, errors.New("empty query")
	}
	session := s.session(ctx, mode.driverMode())
	defer session.Close(ctx)
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		records, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		return adhocResult{keys, rowsOf(keys, records)}, nil
	}
	execute := session.ExecuteRead
	if mode == ReadWrite {
		execute = session.ExecuteWrite
	}
	out, err := execute(ctx, work)
	if err != nil {
		if IsWriteInReadMode(err) {
			return nil, nil, fmt.Errorf("%w: add --write to allow it", ErrWriteNotAllowed)
		}
		return nil, nil, fmt.Errorf("run query: %s", oneLine(redact(err, s.cfg)))
	}
	r := out.(adhocResult)
	return r.keys, r.rows, nil
}

type adhocResult struct {
	keys []string
	rows []map[string]any
}

// IsWriteInReadMode reports whether err is the server refusing a write in
// a read transaction.
func IsWriteInReadMode(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && (nerr.Code == "Neo.ClientError.Statement.AccessMode" ||
		nerr.Code == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
}
