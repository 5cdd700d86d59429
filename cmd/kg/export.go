package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

// format is how rows are printed: "table" (aligned for a terminal),
// "json" (an array of row objects, columns in order) or "csv" (with a
// header). In table and CSV, lists and maps print as JSON. As a flag it
// takes only these, so a bad --format fails before any work is done.
type format string

var formats = []string{"table", "json", "csv"}

func (f *format) String() string { return string(*f) }

func (f *format) Type() string { return "string" }

func (f *format) Set(s string) error {
	if !slices.Contains(formats, s) {
		return fmt.Errorf("unknown format %q: use one of %s", s, strings.Join(formats, ", "))
	}
	*f = format(s)
	return nil
}

// addFormatFlag adds --format (-f) to cmd, bound to f, "table" by default.
func addFormatFlag(cmd *cobra.Command, f *format) {
	*f = "table"
	cmd.Flags().VarP(f, "format", "f", "output format: table, json or csv")
}

// export writes rows, their columns in the order of cols, in format f.
func (f format) export(w io.Writer, cols []string, rows []map[string]any) error {
	switch f {
	case "json":
		return printJSON(w, cols, rows)
	case "csv":
		return printCSV(w, cols, rows)
	}
	return printTable(w, cols, rows)
}

func printTable(w io.Writer, cols []string, rows []map[string]any) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, row := range rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(cell(row[c]))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "(no rows)")
	}
	return tw.Flush()
}

func printJSON(w io.Writer, cols []string, rows []map[string]any) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, c := range cols {
			if j > 0 {
				b.WriteString(", ")
			}
			b.Write(jsonValue(c))
			b.WriteString(": ")
			b.Write(jsonValue(row[c]))
		}
		b.WriteString("}")
	}
	if len(rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func printCSV(w io.Writer, cols []string, rows []map[string]any) error {
	cw := csv.NewWriter(w)
	cw.Write(cols)
	for _, row := range rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = cell(row[c])
		}
		cw.Write(cells)
	}
	cw.Flush()
	return cw.Error()
}

// cell is the text of one value: nothing for null, JSON for lists and maps.
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', 6, 64)
	case bool:
		return strconv.FormatBool(v)
	}
	return string(jsonValue(v))
}

// jsonValue encodes v as compact JSON, leaving <, > and & as they are.
func jsonValue(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte(strconv.Quote(fmt.Sprint(v)))
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
