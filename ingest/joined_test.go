package ingest

import (
	"strings"
	"testing"
)

// joinedEqual agrees with comparing the joined strings, empty pieces,
// pieces holding the separator and all.
func TestJoinedEqual(t *testing.T) {
	cases := [][]string{nil, {}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a+b"}, {"a", "+b"}, {"ab"}, {"a", "", "b"}, {"a+", "b"}, {"+"}, {"", "", ""}, {"xy", "z"}, {"x", "yz"}}
	for _, a := range cases {
		for _, b := range cases {
			if got, want := joinedEqual(a, b, "+"), strings.Join(a, "+") == strings.Join(b, "+"); got != want {
				t.Errorf("%q %q: %v want %v", a, b, got, want)
			}
		}
	}
}
