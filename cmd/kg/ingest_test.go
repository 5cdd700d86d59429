package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/cmdutil"
	"kg/pipeline"
	"kg/pipeline/sinktest"
)

// ingestInto returns kg ingest writing to rec instead of a database.
func ingestInto(f *cmdutil.Factory, rec *sinktest.Recorder) *IngestOptions {
	opts := &IngestOptions{IO: f.IO, Config: f.Config}
	opts.Connect = func(context.Context, int) (pipeline.Sink, func(), error) { return rec, func() {}, nil }
	return opts
}

// runIngest runs kg ingest with args, writing to rec.
func runIngest(f *cmdutil.Factory, rec *sinktest.Recorder, args ...string) error {
	cmd := NewCmdIngest(f, func(ctx context.Context, o *IngestOptions) error {
		o.Connect = ingestInto(f, rec).Connect
		return ingestRun(ctx, o)
	})
	return execute(cmd, args...)
}

func TestIngestOptions(t *testing.T) {
	f, _, _ := testFactory(t, "", false)
	var got *IngestOptions
	cmd := NewCmdIngest(f, func(_ context.Context, o *IngestOptions) error { got = o; return nil })
	require.NoError(t, execute(cmd, "--batch", "500", "--workers", "3", "--max-bytes", "512K", "a.txt", "news/"))
	assert.Equal(t, []string{"a.txt", "news/"}, got.Paths)
	assert.Equal(t, 500, got.Batch)
	assert.Equal(t, 3, got.Workers)
	assert.Equal(t, int64(512<<10), got.MaxBytes)

	require.NoError(t, execute(NewCmdIngest(f, func(_ context.Context, o *IngestOptions) error { got = o; return nil }), "-"))
	assert.Equal(t, pipeline.DefaultBatch, got.Batch)
	assert.Equal(t, int64(10<<20), got.MaxBytes)
}

func TestIngestFailsBeforeConnecting(t *testing.T) {
	for args, want := range map[string]string{
		"--batch 0 a.txt":        "--batch and --workers must be at least 1",
		"--workers 0 a.txt":      "--batch and --workers must be at least 1",
		"--max-bytes lots a.txt": `"lots" is not a size`,
		"":                       "no articles to read: give files, folders (read recursively) or - for standard input\nUsage: ingest PATH... [flags]",
	} {
		f, _, _ := testFactory(t, "", false)
		err := execute(NewCmdIngest(f, nil), strings.Fields(args)...)
		require.Error(t, err, args)
		assert.Contains(t, err.Error(), want, args)
	}
}

// The tally goes to stdout; on a terminal a progress line is drawn on
// stderr and cleared at the end, elsewhere stderr stays empty.
func TestIngestProgressOnlyOnTTY(t *testing.T) {
	n := len(fixtureFiles(t))
	for _, tty := range []bool{false, true} {
		t.Run(fmt.Sprint("tty=", tty), func(t *testing.T) {
			f, out, errOut := testFactory(t, "", tty)
			rec := &sinktest.Recorder{}
			require.NoError(t, runIngest(f, rec, fixtures))
			assert.Equal(t, fmt.Sprintf("read %d, ingested %d, unchanged 0, skipped 0, failed 0\n", n, n), out.String())
			assert.Len(t, rec.Sources(), n)
			if tty {
				assert.Contains(t, errOut.String(), "\r\033[K", "a progress line")
				assert.True(t, strings.HasSuffix(errOut.String(), "\r\033[K"), "cleared at the end")
			} else {
				assert.Empty(t, errOut.String())
			}
		})
	}
}

// Bad items are reported on stderr and counted; the command's error is a
// partialError (exit status 2) when good ones landed too.
func TestIngestBadItems(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Ông Tập Cận Bình gặp ông Putin tại Bắc Kinh."), 0o644))
	big := filepath.Join(dir, "big.txt")
	text := strings.Repeat("Ông Putin gặp ông Tập. ", 100)
	require.NoError(t, os.WriteFile(big, []byte(text), 0o644))
	missing := filepath.Join(dir, "missing.txt")

	f, out, errOut := testFactory(t, "", false)
	err := runIngest(f, &sinktest.Recorder{}, "--max-bytes", "1K", good, big, missing)
	var partial cmdutil.PartialError
	require.ErrorAs(t, err, &partial)
	assert.Equal(t, 2, partial.Bad)
	assert.Equal(t, "read 1, ingested 1, unchanged 0, skipped 2, failed 0\n", out.String())
	assert.Contains(t, errOut.String(), fmt.Sprintf("%s: too large: %d bytes, the limit is 1024 (raise the limit with --max-bytes)\n", big, len(text)))
	assert.Contains(t, errOut.String(), missing+": ")

	f, out, _ = testFactory(t, "", false)
	err = runIngest(f, &sinktest.Recorder{}, missing)
	require.EqualError(t, err, "none of 1 items could be processed")
	assert.Equal(t, "read 0, ingested 0, unchanged 0, skipped 1, failed 0\n", out.String())
}
