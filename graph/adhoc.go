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
// (never spliced into the text), in a managed transaction that the driver
// retries on transient failures. Unless write is set the transaction is
// READ: the server itself refuses any write in it, and the error is
// ErrWriteNotAllowed. Columns and rows are as Run returns them.
func (s *Store) Cypher(ctx context.Context, query string, params map[string]any, write bool) ([]string, []map[string]any, error) {
	if strings.TrimSpace(query) == "" {
		return nil, nil, errors.New("empty query")
	}
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	session := s.session(ctx, mode)
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
		rows := make([]map[string]any, len(records))
		for i, rec := range records {
			rows[i] = make(map[string]any, len(keys))
			for j, k := range keys {
				rows[i][k] = plain(rec.Values[j])
			}
		}
		return adhocResult{keys, rows}, nil
	}
	var out any
	var err error
	if write {
		out, err = session.ExecuteWrite(ctx, work)
	} else {
		out, err = session.ExecuteRead(ctx, work)
	}
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
