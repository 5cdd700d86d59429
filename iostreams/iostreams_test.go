package iostreams

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRedactorHidesSecrets(t *testing.T) {
	var b bytes.Buffer
	r := &Redactor{W: &b}
	r.Hide("abc") // too short to hide
	r.Hide("s3cret-pw")
	n, err := r.Write([]byte("auth with s3cret-pw failed; abc\n"))
	assert.NoError(t, err)
	assert.Equal(t, len("auth with s3cret-pw failed; abc\n"), n, "the length written by the caller")
	assert.Equal(t, "auth with *** failed; abc\n", b.String())
}

// A file that is no terminal has no size: the width comes from COLUMNS,
// else the default.
func TestTerminalWidthOffATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for columns, want := range map[string]int{"132": 132, "": DefaultWidth, "wide": DefaultWidth, "-5": DefaultWidth} {
		assert.Equal(t, want, terminalWidth(int(f.Fd()), columns), "COLUMNS=%q", columns)
	}
}

func TestTableWidth(t *testing.T) {
	for _, tt := range []struct {
		s    IOStreams
		want int
	}{
		{IOStreams{}, 0},
		{IOStreams{Width: 120}, 0},
		{IOStreams{OutTTY: true, Width: 120}, 120},
		{IOStreams{OutTTY: true}, DefaultWidth},
	} {
		assert.Equal(t, tt.want, tt.s.TableWidth(), "%+v", tt.s)
	}
}
