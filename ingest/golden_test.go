package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"kg/ingest/prose"
)

var update = flag.Bool("update", false, "rewrite the golden extraction files in testdata/golden")

// TestGolden compares the full extraction of every fixture article with
// its golden file, so any change of output is seen in review. Run
// `go test ./ingest -run Golden -update` to accept a change.
func TestGolden(t *testing.T) {
	var paths []string
	for _, dir := range []string{"articles", "extra"} {
		ps, err := filepath.Glob(filepath.Join("..", "fixtures", dir, "*.txt"))
		require.NoError(t, err)
		paths = append(paths, ps...)
	}
	require.NotEmpty(t, paths)
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(p)
			require.NoError(t, err)
			ex := Extract(Document{Source: filepath.ToSlash(filepath.Join("fixtures", filepath.Base(filepath.Dir(p)), filepath.Base(p))), Raw: raw, Published: publishedLine(raw)})
			got, err := json.MarshalIndent(ex, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden file: run go test ./ingest -run Golden -update")
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; run with -update to accept:\n%s", p, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + al[i] + "\n  got  " + bl[i]
		}
	}
	return "lengths differ"
}

// publishedLine reads a leading " date YYYY-MM[-DD]" line, as the reader does.
func publishedLine(raw []byte) string {
	iso, _, _ := prose.LeadingDate(raw)
	return iso
}
