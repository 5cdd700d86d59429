package graph

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

// shortest-path names the relationship types it follows (so that it skips
// MENTIONS on dense nodes): every fact type of the model, and only those.
func TestShortestPathFollowsEveryFactType(t *testing.T) {
	q, err := Lookup("shortest-path")
	require.NoError(t, err)
	m := regexp.MustCompile(`shortestPath\(\(a\)-\[:([A-Z_|]+)\*`).FindStringSubmatch(q.Cypher)
	require.NotNil(t, m, "shortestPath over named types")
	types := strings.Split(m[1], "|")
	slices.Sort(types)
	want := slices.Clone(model.RelTypes)
	slices.Sort(want)
	assert.Equal(t, want, types)
}
