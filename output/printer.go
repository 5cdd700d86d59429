package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Printer prints rows, their columns in a given order.
type Printer struct {
	Format Format // Table when empty
	// Width, above 0, is the width of the terminal a table goes to: the
	// table fits it (see fitTable). 0 prints every value in full, lists
	// and maps as JSON, as off a terminal. JSON and CSV ignore it.
	Width int
}

// Print writes rows to w.
func (p Printer) Print(w io.Writer, cols []string, rows []map[string]any) error {
	switch p.Format {
	case JSON:
		return printJSON(w, cols, rows)
	case CSV:
		return printCSV(w, cols, rows)
	}
	if p.Width > 0 {
		return printFitted(w, cols, rows, p.Width)
	}
	return printTable(w, cols, rows)
}

// printTable aligns the columns whatever their width: the table of a pipe,
// a file or --wide.
func printTable(w io.Writer, cols []string, rows []map[string]any) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, row := range rows {
		cells := make([]string, len(cols))
		for i, c := range cols {
			cells[i] = oneLine(Cell(row[c]))
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
			cells[i] = Cell(row[c])
		}
		cw.Write(cells)
	}
	cw.Flush()
	return cw.Error()
}

// Cell is the full text of one value: nothing for null, JSON for lists and
// maps.
func Cell(v any) string {
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

// oneLine keeps a cell on its line of the table.
var oneLine = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace

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
