package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"kg/model"
)

// Scorer scores extractions against gold one article at a time, in the
// order they come (kg eval hands them over in input order).
type Scorer struct {
	// Gold holds the gold of every article (--gold); when nil, an
	// article's gold is the .json file beside it.
	Gold GoldSet
	// NoGold hears of each article that has no gold (err says what was
	// looked for); it may be nil.
	NoGold func(source string, err error)

	total          Score
	scored, missed int
}

// Add scores the extraction of one article. An article with no gold is
// counted (Missed), told to NoGold and skipped: Add never fails, so that
// it can be a pipeline.Ingester's Each.
func (s *Scorer) Add(ex model.Extraction) error {
	g, err := GoldFor(s.Gold, ex.Article.Source)
	if err != nil {
		s.missed++
		if s.NoGold != nil {
			s.NoGold(ex.Article.Source, err)
		}
		return nil
	}
	s.total = s.total.Add(Compare(ArticleName(ex.Article.Source), ex, g))
	s.scored++
	return nil
}

// Missed is how many articles had no gold.
func (s *Scorer) Missed() int { return s.missed }

// Score is the sum of the scores so far.
func (s *Scorer) Score() Score { return s.total }

// Scored is how many articles were scored.
func (s *Scorer) Scored() int { return s.scored }

// GoldFor returns the gold of the article at source: from shared when it
// is set, else from the .json file beside the article.
func GoldFor(shared GoldSet, source string) (*Gold, error) {
	name := ArticleName(source)
	if shared != nil {
		if g := shared[name]; g != nil {
			return g, nil
		}
		return nil, fmt.Errorf("no gold for article %s", name)
	}
	path := strings.TrimSuffix(source, ".txt") + ".json"
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no gold beside it (%s)", path)
	}
	set, err := LoadGold(path)
	if err != nil {
		return nil, err
	}
	return set[ArticleName(path)], nil
}

// Write writes s in format "table" (WriteTable, then WriteFindings when
// findings is set) or "json" (WriteJSON).
func Write(w io.Writer, s Score, format string, findings bool) error {
	if format == "json" {
		return WriteJSON(w, s, findings)
	}
	if err := WriteTable(w, s); err != nil || !findings {
		return err
	}
	return WriteFindings(w, s)
}

// WriteJSON writes s as one indented JSON object: the articles, a row of
// counts and ratios per fact type (then overall and published), and with
// findings the misses and false positives.
func WriteJSON(w io.Writer, s Score, findings bool) error {
	if !findings {
		s.Findings = nil
	}
	type row struct {
		Type      string  `json:"type"`
		TP        int     `json:"tp"`
		FP        int     `json:"fp"`
		FN        int     `json:"fn"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}
	var rows []row
	for _, typ := range append(append([]string(nil), FactTypes...), Overall, Published) {
		t := s.Tally(typ)
		rows = append(rows, row{typ, t.TP, t.FP, t.FN, t.Precision(), t.Recall(), t.F1()})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"articles": s.Articles, "scores": rows, "findings": s.Findings})
}
