package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/iostreams"
)

// The URI that kg tries shows in the error when nothing answers, so the
// order flags > env > config file > defaults can be seen without a server.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "kg.yaml")
	err := os.WriteFile(cfg, []byte("neo4j:\n  uri: bolt://127.0.0.1:3\n  password: secret-from-file\n"), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		env     string
		args    []string
		wantURI string
	}{
		{"config file", "", []string{"--config", cfg}, "bolt://127.0.0.1:3"},
		{"env beats config file", "bolt://127.0.0.1:2", []string{"--config", cfg}, "bolt://127.0.0.1:2"},
		{"flag beats env", "bolt://127.0.0.1:2", []string{"--config", cfg, "--uri", "bolt://127.0.0.1:1"}, "bolt://127.0.0.1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_URI", tt.env)
			code, _, errOut := kg(t, "", append([]string{"stats"}, tt.args...)...)
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, "Neo4j is not reachable at "+tt.wantURI)
			assert.NotContains(t, errOut, "secret-from-file")
		})
	}

	t.Run("missing config file", func(t *testing.T) {
		code, _, errOut := kg(t, "", "stats", "--config", filepath.Join(dir, "none.yaml"))
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, "read config file")
	})
}

func TestHelpHidesPassword(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"ingest", "--help"}, {"query", "--help"}} {
		code, out, _ := kg(t, "", args...)
		assert.Equal(t, 0, code)
		assert.Contains(t, out, "Usage:")
		assert.NotContains(t, out, "kgpassword")
	}
}

// Every command has its long help from help/NAME.txt, and every help file
// belongs to a command.
func TestEveryCommandHasItsHelp(t *testing.T) {
	root := NewCmdRoot(iostreams.IOStreams{})
	files, err := helpFiles.ReadDir("help")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range files {
		names[strings.TrimSuffix(f.Name(), ".txt")] = true
	}
	assert.True(t, names["kg"], "the root's help")
	assert.Contains(t, root.Long, "kg reads news articles")
	delete(names, "kg")
	for _, cmd := range root.Commands() {
		if cmd.Name() == "help" || cmd.Long == "" && cmd.Name() == "stats" {
			continue
		}
		assert.NotEmpty(t, cmd.Long, cmd.Name())
		assert.False(t, strings.HasSuffix(cmd.Long, "\n"), cmd.Name())
		delete(names, cmd.Name())
	}
	assert.Empty(t, names, "help files of no command")
	assert.Panics(t, func() { help("no-such-command") })
}
