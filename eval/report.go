package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteTable prints precision, recall and F1 per fact type, then the
// overall figure, the publication dates, and the kind, status, date and
// place of the meetings paired on participants.
func WriteTable(w io.Writer, s Score) error {
	fmt.Fprintf(w, "%-16s %6s %6s %6s %9s %7s %6s\n", "fact", "gold", "found", "right", "precision", "recall", "F1")
	for _, typ := range append(append([]string(nil), FactTypes...), Overall, Published) {
		t := s.Tally(typ)
		fmt.Fprintf(w, "%-16s %6d %6d %6d %9.3f %7.3f %6.3f\n", typ, t.TP+t.FN, t.TP+t.FP, t.TP, t.Precision(), t.Recall(), t.F1())
	}
	_, err := fmt.Fprintf(w, "%d articles; of %d meetings found with the right participants, %d have the right kind, %d the right status, %d the right date and %d the right place\n",
		s.Articles, s.Paired, s.KindRight, s.StatusRight, s.DateRight, s.PlaceRight)
	return err
}

// WriteFindings prints every miss and false positive, article by article,
// each with the sentence that states it.
func WriteFindings(w io.Writer, s Score) error {
	last := ""
	for _, f := range s.Findings {
		if f.Article != last {
			if _, err := fmt.Fprintf(w, "\n== %s\n", f.Article); err != nil {
				return err
			}
			last = f.Article
		}
		what := "false"
		if f.Miss {
			what = "missed"
		}
		fmt.Fprintf(w, "%-6s %-15s %s\n", what, f.Type, f.Fact)
		if f.Text != "" {
			fmt.Fprintf(w, "       %s\n", oneLine(f.Text, 300))
		}
	}
	return nil
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// Floor is a lowest acceptable F1 for one fact type.
type Floor struct {
	Type string
	Min  float64
}

// ParseFloor reads "TYPE=F1", TYPE one of the fact types, "overall" or
// "strict" for strict meetings.
func ParseFloor(s string) (Floor, error) {
	typ, val, ok := strings.Cut(s, "=")
	if !ok {
		return Floor{}, fmt.Errorf("floor %q: want TYPE=F1, e.g. overall=0.9", s)
	}
	typ = strings.TrimSpace(typ)
	if typ == "strict" {
		typ = Strict
	}
	known := append(append([]string(nil), FactTypes...), Overall, Published)
	if !contains(known, typ) {
		return Floor{}, fmt.Errorf("floor %q: unknown fact type %q (one of %s, or strict)", s, typ, strings.Join(known, ", "))
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
	if err != nil || f < 0 || f > 1 {
		return Floor{}, fmt.Errorf("floor %q: F1 must be a number from 0 to 1", s)
	}
	return Floor{Type: typ, Min: f}, nil
}

// ParseFloors reads each of specs with ParseFloor.
func ParseFloors(specs []string) ([]Floor, error) {
	var out []Floor
	for _, spec := range specs {
		f, err := ParseFloor(spec)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// Below returns the floors s does not reach, as sentences.
func (s Score) Below(floors []Floor) []string {
	var out []string
	for _, f := range floors {
		if got := s.Tally(f.Type).F1(); got < f.Min {
			out = append(out, fmt.Sprintf("%s F1 %.3f is below its floor %.3f", f.Type, got, f.Min))
		}
	}
	return out
}
