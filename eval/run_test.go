package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The scorer finds each article's gold in the shared set or beside the
// article, and sums what it scores.
func TestScorer(t *testing.T) {
	dir := t.TempDir()
	beside := filepath.Join(dir, "a.txt")
	raw, err := json.Marshal(gold())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.json"), raw, 0o644))

	tests := []struct {
		name    string
		shared  GoldSet
		sources []string
		scored  int
		errs    []string
	}{
		{"beside", nil, []string{beside}, 1, nil},
		{"shared", GoldSet{"x": gold()}, []string{"/elsewhere/x.txt", "/elsewhere/x.txt"}, 2, nil},
		{"none beside", nil, []string{beside, filepath.Join(dir, "b.txt")}, 1, []string{"no gold beside it (" + filepath.Join(dir, "b.json") + ")"}},
		{"none shared", GoldSet{"x": gold()}, []string{"y.txt"}, 0, []string{"no gold for article y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []string
			s := &Scorer{Gold: tt.shared, NoGold: func(source string, err error) { errs = append(errs, err.Error()) }}
			for _, src := range tt.sources {
				ex := extraction("2025-08-11", "Seoul")
				ex.Article.Source = src
				require.NoError(t, s.Add(ex))
			}
			assert.Equal(t, tt.errs, errs)
			assert.Equal(t, tt.scored, s.Scored())
			assert.Equal(t, len(tt.errs), s.Missed())
			assert.Equal(t, tt.scored, s.Score().Articles)
			assert.Equal(t, Tally{TP: 2 * tt.scored}, s.Score().Tallies[Leaders])
		})
	}
}

func TestWrite(t *testing.T) {
	s := Compare("a", extraction("2025-08-10", "Seoul"), gold())
	tests := []struct {
		format   string
		findings bool
		want     []string
		not      []string
	}{
		{"table", false, []string{"fact ", "meetings strict", "1 articles;"}, []string{"== a", "missed"}},
		{"table", true, []string{"meetings strict", "\n== a\n", "missed "}, nil},
		{"json", false, []string{`"scores": [`}, []string{`"fact":`}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		require.NoError(t, Write(&b, s, tt.format, tt.findings))
		for _, w := range tt.want {
			assert.Contains(t, b.String(), w, "%s %v", tt.format, tt.findings)
		}
		for _, n := range tt.not {
			assert.NotContains(t, b.String(), n, "%s %v", tt.format, tt.findings)
		}
	}
}

func TestParseFloors(t *testing.T) {
	fs, err := ParseFloors([]string{"overall=0.9", "strict=0.5"})
	require.NoError(t, err)
	assert.Equal(t, []Floor{{Overall, 0.9}, {Strict, 0.5}}, fs)
	_, err = ParseFloors([]string{"overall=0.9", "strict"})
	assert.ErrorContains(t, err, `floor "strict": want TYPE=F1`)
}

func TestWriteJSON(t *testing.T) {
	s := Compare("a", extraction("2025-08-10", "Seoul"), gold())
	require.NotEmpty(t, s.Findings)
	for _, findings := range []bool{false, true} {
		var b bytes.Buffer
		require.NoError(t, WriteJSON(&b, s, findings))
		var got struct {
			Articles int `json:"articles"`
			Scores   []struct {
				Type string  `json:"type"`
				TP   int     `json:"tp"`
				FP   int     `json:"fp"`
				FN   int     `json:"fn"`
				F1   float64 `json:"f1"`
			} `json:"scores"`
			Findings []Finding `json:"findings"`
		}
		require.NoError(t, json.Unmarshal(b.Bytes(), &got), b.String())
		assert.Equal(t, 1, got.Articles)
		require.Len(t, got.Scores, len(FactTypes)+2)
		assert.Equal(t, Leaders, got.Scores[0].Type)
		assert.Equal(t, Published, got.Scores[len(got.Scores)-1].Type)
		strict := got.Scores[2]
		assert.Equal(t, Strict, strict.Type)
		assert.Equal(t, [3]int{0, 1, 1}, [3]int{strict.TP, strict.FP, strict.FN})
		assert.Equal(t, findings, len(got.Findings) > 0, "findings only when asked for")
	}
}
