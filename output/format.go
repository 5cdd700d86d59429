// Package output prints what kg's commands answer: rows as a table, JSON or
// CSV (Printer), the progress and bad items of long work (Progress), and
// the list of prepared queries. A table on a terminal fits the terminal,
// as GitHub's CLI prints its tables: long values cut with an ellipsis,
// lists shown by their count or first item; off a terminal, and in JSON
// and CSV, every value is printed in full.
package output

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/pflag"
)

// Format is how rows are printed: "table" (aligned for a terminal),
// "json" (an array of row objects, columns in order) or "csv" (with a
// header). As a flag value (pflag.Value) it takes only these, so a bad
// --format fails before any work is done.
type Format string

// The formats.
const (
	Table Format = "table"
	JSON  Format = "json"
	CSV   Format = "csv"
)

// Formats are the formats, in the order help text names them.
var Formats = []Format{Table, JSON, CSV}

func (f *Format) String() string { return string(*f) }

// Type names the flag's value in help text.
func (f *Format) Type() string { return "string" }

// Set takes one of Formats.
func (f *Format) Set(s string) error {
	if !slices.Contains(Formats, Format(s)) {
		names := make([]string, len(Formats))
		for i, x := range Formats {
			names[i] = string(x)
		}
		return fmt.Errorf("unknown format %q: use one of %s", s, strings.Join(names, ", "))
	}
	*f = Format(s)
	return nil
}

// AddFormatFlag adds --format (-f) to fs, bound to f, Table by default.
func AddFormatFlag(fs *pflag.FlagSet, f *Format) {
	*f = Table
	fs.VarP(f, "format", "f", "output format: table, json or csv")
}
