package output

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// countNouns are the list columns of the prepared queries whose items say
// little one at a time in a narrow column (article ids, whole sentences):
// a table on a terminal says how many there are ("3 articles") instead.
var countNouns = map[string][2]string{
	"sources":  {"article", "articles"},
	"articles": {"article", "articles"},
	"evidence": {"sentence", "sentences"},
}

// gap is the space between two columns.
const gap = 2

// cell is the text of one value in a table on a terminal, a suffix that
// cutting the text keeps ("Xi Jinping" and " (+2 more)"), and a short form
// for a column too narrow for the text ("3" for "3 articles").
type cell struct{ text, suffix, short string }

// termCell is the cell of v in column col: a value on one line; a list by
// its count (countNouns) or its first item and how many more.
func termCell(col string, v any) cell {
	list, ok := v.([]any)
	if !ok {
		return cell{text: oneLine(Cell(v))}
	}
	nouns, counted := countNouns[col]
	switch {
	case len(list) == 0:
		return cell{}
	case counted && len(list) == 1:
		return cell{text: "1 " + nouns[0], short: "1"}
	case counted:
		return cell{text: fmt.Sprintf("%d %s", len(list), nouns[1]), short: fmt.Sprint(len(list))}
	case len(list) == 1:
		return termCell("", list[0])
	}
	return cell{text: termCell("", list[0]).text, suffix: fmt.Sprintf(" (+%d more)", len(list)-1)}
}

// printFitted prints a table no wider than width where it can: the widths
// of its columns come from fitWidths, and each cell is cut to its column's
// width with an ellipsis.
func printFitted(w io.Writer, cols []string, rows []map[string]any, width int) error {
	lines := make([][]cell, 0, len(rows)+1)
	header := make([]cell, len(cols))
	for i, c := range cols {
		header[i] = cell{text: c}
	}
	lines = append(lines, header)
	for _, row := range rows {
		line := make([]cell, len(cols))
		for i, c := range cols {
			line[i] = termCell(c, row[c])
		}
		lines = append(lines, line)
	}
	natural := make([]int, len(cols))
	for _, line := range lines {
		for i, c := range line {
			natural[i] = max(natural[i], DisplayWidth(c.text+c.suffix))
		}
	}
	widths := fitWidths(natural, width)
	// A column whose cells take less than it got once cut (counts in
	// place of "12 sentences") gives the rest back to the others.
	for range 3 {
		used := make([]int, len(cols))
		for i := range cols {
			for _, line := range lines {
				used[i] = max(used[i], DisplayWidth(cut(line[i], widths[i], shortColumn(lines, i, widths[i]))))
			}
		}
		if slices.Equal(used, widths) {
			break
		}
		for i := range natural {
			natural[i] = min(natural[i], used[i])
		}
		widths = fitWidths(natural, width)
	}
	return writeLines(w, lines, widths, len(rows) == 0)
}

// writeLines writes the cells of lines cut to widths, gap spaces apart.
func writeLines(w io.Writer, lines [][]cell, widths []int, noRows bool) error {
	short := make([]bool, len(widths))
	for i := range widths {
		short[i] = shortColumn(lines, i, widths[i])
	}
	var b strings.Builder
	for _, line := range lines {
		for i, c := range line {
			s := cut(c, widths[i], short[i])
			b.WriteString(s)
			if i < len(line)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-DisplayWidth(s)+gap))
			}
		}
		trimmed := strings.TrimRight(b.String(), " ")
		b.Reset()
		if _, err := io.WriteString(w, trimmed+"\n"); err != nil {
			return err
		}
	}
	if noRows {
		_, err := io.WriteString(w, "(no rows)\n")
		return err
	}
	return nil
}

// shortColumn reports whether column i, w wide, shows the short forms of
// its cells: when one of them does not fit whole, they all do, so that a
// column reads alike ("3", "12", not "3 articles", "12").
func shortColumn(lines [][]cell, i, w int) bool {
	for _, line := range lines {
		if c := line[i]; c.short != "" && DisplayWidth(c.text+c.suffix) > w {
			return true
		}
	}
	return false
}

// fitWidths gives each column its natural width when the table fits in
// width. Otherwise, as GitHub's CLI table printer does: columns narrower
// than an even share of the width keep their natural width, the others
// share what is left evenly, and what the shares leave over goes to the
// cut columns, leftmost first. Every column that has text keeps at least
// one character, so a table of very many columns may still be too wide.
func fitWidths(natural []int, width int) []int {
	n := len(natural)
	widths := make([]int, n)
	total := gap * (n - 1)
	for _, w := range natural {
		total += w
	}
	if total <= width || n == 0 {
		copy(widths, natural)
		return widths
	}
	fixed := make([]bool, n)
	avail := func() int {
		left := width - gap*(n-1)
		for i, w := range widths {
			if fixed[i] {
				left -= w
			}
		}
		return left
	}
	flexible := func() int {
		k := 0
		for _, f := range fixed {
			if !f {
				k++
			}
		}
		return k
	}
	// Short columns keep their width, measured against an even share.
	if k := flexible(); avail() > 0 && k > 0 {
		share := avail() / k
		for i, w := range natural {
			if w < share {
				widths[i], fixed[i] = w, true
			}
		}
	}
	// The long ones share the rest.
	if k := flexible(); k > 0 {
		share := max(avail()/k, 1)
		for i, w := range natural {
			if !fixed[i] {
				widths[i], fixed[i] = min(w, share), true
			}
		}
	}
	// What is left goes to the columns that were cut, leftmost first.
	left := avail()
	for i := 0; i < n && left > 0; i++ {
		add := min(natural[i]-widths[i], left)
		widths[i] += add
		left -= add
	}
	return widths
}

// cut fits c in w columns: its short form when short is set and it has
// one; else the suffix is kept when there is room for it and for some of
// the text before it; what is cut ends with an ellipsis.
func cut(c cell, w int, short bool) string {
	if short && c.short != "" {
		return truncate(c.short, w)
	}
	full := c.text + c.suffix
	if DisplayWidth(full) <= w {
		return full
	}
	if c.suffix != "" && DisplayWidth(c.suffix)+2 <= w {
		return truncate(c.text, w-DisplayWidth(c.suffix)) + c.suffix
	}
	return truncate(full, w)
}

// truncate cuts s to at most w columns, ending with "…" when it cuts.
func truncate(s string, w int) string {
	if DisplayWidth(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := runeWidth(r)
		if used+rw > w-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return b.String() + "…"
}

// DisplayWidth is how many columns of a terminal s takes.
func DisplayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// runeWidth: combining marks and format characters take no column, East
// Asian wide and full-width characters (CJK, most emoji) take two.
func runeWidth(r rune) int {
	switch {
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
