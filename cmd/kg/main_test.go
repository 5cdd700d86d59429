package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"kg/cmdutil"
	"kg/graph"
	"kg/iostreams"
)

// The tests of this package run without a database: they test flags,
// options and output. The commands against the real Neo4j are tested in
// clitest/.

const fixtures = "../../fixtures/articles"

// kg runs the command line with args and stdin and returns its exit code,
// stdout and stderr.
func kg(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, iostreams.IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	return code, out.String(), errOut.String()
}

// testFactory returns a factory whose streams are buffers and that fails
// the test when a command connects to a database.
func testFactory(t *testing.T, stdin string, tty bool) (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO:     iostreams.IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errOut, ErrTTY: tty},
		Config: func() graph.Config { return graph.Config{URI: "bolt://unit-test.invalid:7687"} },
		Store: func(context.Context) (*graph.Store, error) {
			t.Errorf("the command connected to a database")
			return nil, errors.New("no database in unit tests")
		},
	}
	return f, &out, &errOut
}

// fixtureFiles lists the fixture articles.
func fixtureFiles(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(fixtures)
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, fixtures+"/"+e.Name())
		}
	}
	require.NotEmpty(t, files)
	return files
}
