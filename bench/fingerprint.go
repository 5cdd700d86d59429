package bench

import (
	"context"
	"fmt"
	"maps"

	"kg/graph"
)

// Fingerprint is what a second ingest must leave as it is: the nodes of
// each label, the relationships of each type, and a checksum of the lists
// that merging extends (the lengths of every relationship's sources and
// evidence, and of every node's aliases, summed).
type Fingerprint struct {
	Nodes, Relationships int64
	Labels, Types        map[string]int64
	Sources, Evidence    int64
	Aliases              int64
}

// Equal reports whether two fingerprints are the same.
func (f Fingerprint) Equal(o Fingerprint) bool {
	return f.Nodes == o.Nodes && f.Relationships == o.Relationships &&
		maps.Equal(f.Labels, o.Labels) && maps.Equal(f.Types, o.Types) &&
		f.Sources == o.Sources && f.Evidence == o.Evidence && f.Aliases == o.Aliases
}

func (f Fingerprint) String() string {
	return fmt.Sprintf("%d nodes, %d relationships, sources %d, evidence %d, aliases %d", f.Nodes, f.Relationships, f.Sources, f.Evidence, f.Aliases)
}

func fingerprint(ctx context.Context, store *graph.Store) (Fingerprint, error) {
	st, err := store.Stats(ctx)
	if err != nil {
		return Fingerprint{}, err
	}
	f := Fingerprint{Labels: st.Labels, Types: st.Types}
	for _, n := range st.Labels {
		f.Nodes += n
	}
	for _, n := range st.Types {
		f.Relationships += n
	}
	l, err := store.ListLengths(ctx)
	if err != nil {
		return Fingerprint{}, fmt.Errorf("checksum: %w", err)
	}
	f.Sources, f.Evidence, f.Aliases = l.Sources, l.Evidence, l.Aliases
	return f, nil
}
