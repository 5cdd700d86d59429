package clitest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/output"
)

// inTerminal runs the shell command line in a pseudo-terminal of cols
// columns, from the repository's root, and returns what it printed, as the
// lines a terminal shows: split at line feeds and carriage returns, escape
// sequences removed.
func inTerminal(t *testing.T, cols int, line string) []string {
	t.Helper()
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = ".."
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: 50})
	require.NoError(t, err, "start %s in a pseudo-terminal", line)
	defer ptmx.Close()
	raw, err := io.ReadAll(ptmx)
	if err != nil && !errors.Is(err, syscall.EIO) { // EIO: the terminal closed
		t.Fatalf("read the terminal of %s: %v", line, err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%s: %v\n%s", line, err, raw)
	}
	text := regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]`).ReplaceAllString(string(raw), "")
	return strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' })
}

// demoQueries are the kg query lines of the Makefile's demo target, so
// that the test runs what the demo runs.
func demoQueries(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../Makefile")
	require.NoError(t, err)
	defer f.Close()
	var lines []string
	inDemo := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "demo:"):
			inDemo = true
		case inDemo && !strings.HasPrefix(l, "\t"):
			inDemo = false
		case inDemo && strings.HasPrefix(l, "\t@bin/kg query "):
			lines = append(lines, strings.TrimPrefix(l, "\t@bin/kg "))
		}
	}
	require.GreaterOrEqual(t, len(lines), 3, "the demo runs queries")
	return lines
}

// On a terminal the demo's answers fit its width, from 80 to 200 columns;
// piped, the same answers keep every value (issue: the demo's table was
// 2,776 characters wide).
func TestDemoAnswersFitTheTerminal(t *testing.T) {
	emptyGraph(t)
	code, _, errOut := kg(t, "", "ingest", fixtures)
	require.Equal(t, 0, code, errOut)
	for _, q := range demoQueries(t) {
		for _, cols := range []int{80, 120, 200} {
			t.Run(fmt.Sprint(cols, " ", q), func(t *testing.T) {
				lines := inTerminal(t, cols, kgBin+" "+q)
				require.Greater(t, len(lines), 1, "a header and rows")
				for _, l := range lines {
					assert.LessOrEqual(t, output.DisplayWidth(l), cols, "%q", l)
				}
			})
		}
	}
}

// `make demo` itself, as a new user runs it: no line wider than 200
// characters on a terminal of 80 to 200 columns.
func TestMakeDemoInATerminal(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatalf("make is needed to run the demo: %v", err)
	}
	// The demo starts a server unless one answers on NEO4J_BOLT_PORT: the
	// one the tests use, when only NEO4J_URI names it.
	if u, err := url.Parse(os.Getenv("NEO4J_URI")); err == nil && u.Port() != "" && os.Getenv("NEO4J_BOLT_PORT") == "" {
		t.Setenv("NEO4J_BOLT_PORT", u.Port())
	}
	for _, cols := range []int{80, 200} {
		lines := inTerminal(t, cols, "make demo")
		require.Contains(t, strings.Join(lines, "\n"), "$ kg query meetings-between")
		for _, l := range lines {
			assert.LessOrEqual(t, output.DisplayWidth(l), 200, "%d columns: %q", cols, l)
		}
	}
}

// --format json keeps every value a table on a terminal cuts: the rows
// are those the graph answers, sentence for sentence.
func TestJSONKeepsEveryValue(t *testing.T) {
	emptyGraph(t)
	code, _, errOut := kg(t, "", "ingest", fixtures)
	require.Equal(t, 0, code, errOut)
	params := map[string]any{"a": "Putin", "b": "Tập Cận Bình"}
	code, out, errOut := kg(t, "", "query", "meetings-between", "--param", "a=Putin", "--param", "b=Tập Cận Bình", "--format", "json")
	require.Equal(t, 0, code, errOut)
	var got []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))

	s := openStore(t)
	q, err := graph.Lookup("meetings-between")
	require.NoError(t, err)
	_, rows, err := s.Run(context.Background(), q, params)
	require.NoError(t, err)
	raw, err := json.Marshal(rows)
	require.NoError(t, err)
	var want []map[string]any
	require.NoError(t, json.Unmarshal(raw, &want))
	assert.Equal(t, want, got)
	longest := 0
	for _, r := range got {
		for _, e := range r["evidence"].([]any) {
			longest = max(longest, len(e.(string)))
		}
	}
	assert.Greater(t, longest, 200, "sentences longer than any terminal line, in full")
}
