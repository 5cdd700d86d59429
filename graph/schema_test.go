package graph

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/model"
)

func TestSplitStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"comments only", "// a; b\n  // c", nil},
		{"two", "// x;\nCREATE A;\n\nCREATE B\n  ON C;\n", []string{"CREATE A", "CREATE B\n  ON C"}},
		{"no final semicolon", "CREATE A", []string{"CREATE A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitStatements(tt.text))
		})
	}
}

func TestApplySchemaTwice(t *testing.T) {
	s := emptyStore(t) // applies it once
	ctx := context.Background()
	require.NoError(t, s.ApplySchema(ctx))

	unique := map[string][]string{} // label -> key properties
	for _, row := range cypherRows(t, s, "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes, properties", nil) {
		label := row["labelsOrTypes"].([]any)[0].(string)
		for _, p := range row["properties"].([]any) {
			unique[label] = append(unique[label], p.(string))
		}
	}
	for _, label := range append(model.Labels, model.LabelArticle) {
		assert.Equal(t, []string{model.KeyProperty(label)}, unique[label], "uniqueness constraints on %s", label)
	}
	assert.Len(t, unique, len(model.Labels)+1, "one constraint per node key and no other")

	lookups := cypherRows(t, s, "SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN entityType", nil)
	assert.Equal(t, []map[string]any{{"entityType": "NODE"}}, lookups, "the node label lookup index stays, the relationship type one is dropped")

	for name, labels := range map[string][]any{
		"entity_names": {"Leader", "Country", "Organization", "City", "Summit", "Agreement"},
		"core_names":   {"Leader", "Country", "Organization", "City"},
	} {
		idx := cypherRows(t, s, "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options WHERE name = $name RETURN *", map[string]any{"name": name})
		require.Len(t, idx, 1, name)
		assert.Equal(t, "FULLTEXT", idx[0]["type"], name)
		assert.Equal(t, "ONLINE", idx[0]["state"], name)
		assert.ElementsMatch(t, []any{"name", "name_vi", "aliases_text"}, idx[0]["properties"], name)
		assert.ElementsMatch(t, labels, idx[0]["labelsOrTypes"], name)
		config, _ := idx[0]["options"].(map[string]any)["indexConfig"].(map[string]any)
		assert.Equal(t, "standard-folding", config["fulltext.analyzer"], name)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	good := testConfig()
	openStore(t) // the server must be up for the wrong-password case to mean anything

	wrong := good
	wrong.Password = "not-the-password-" + good.Password
	_, err := Open(ctx, wrong)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "authentication failed for user \""+good.Username+"\" at "+good.URI)
	assert.NotContains(t, err.Error(), wrong.Password)
	assert.NotContains(t, err.Error(), "\n")

	down := good
	down.URI = "bolt://127.0.0.1:1"
	_, err = Open(ctx, down)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "make neo4j-up")
	assert.Contains(t, err.Error(), down.URI)
}
