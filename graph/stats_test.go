package graph

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStatsRows(t *testing.T) {
	st := Stats{Labels: map[string]int64{"Leader": 2, "Article": 3}, Types: map[string]int64{"MET_AT": 4, "HELD_IN": 1}}
	assert.Equal(t, []map[string]any{
		{"kind": "label", "name": "Article", "count": int64(3)},
		{"kind": "label", "name": "Leader", "count": int64(2)},
		{"kind": "relationship", "name": "HELD_IN", "count": int64(1)},
		{"kind": "relationship", "name": "MET_AT", "count": int64(4)},
	}, st.Rows())
	assert.Nil(t, Stats{}.Rows(), "an empty graph has no rows")
}
