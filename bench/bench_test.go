package bench

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kg/graph"
	"kg/model"
)

func TestPercentile(t *testing.T) {
	xs := make([]float64, 100)
	for i := range xs {
		xs[i] = float64(i + 1)
	}
	assert.Equal(t, 50.0, percentile(xs, 50))
	assert.Equal(t, 95.0, percentile(xs, 95))
	assert.Equal(t, 100.0, percentile(xs, 100))
	assert.Equal(t, 7.0, percentile([]float64{7}, 95))
}

// Every prepared query gets a value for each of its parameters, names drawn
// from the pools of the labels the parameter names.
func TestParamsFillEveryQuery(t *testing.T) {
	p := &pools{
		names: map[string][]string{
			model.LabelLeader: {"Putin"}, model.LabelCountry: {"Nga"}, model.LabelOrganization: {"SCO"},
			model.LabelCity: {"Samarkand"}, model.LabelSummit: {"SCO summit 2022"}, model.LabelAgreement: {"Joint statement"},
		},
		met:      [][2]string{{"Putin", "Xi Jinping"}},
		orgYears: [][2]string{{"SCO", "2022"}},
	}
	qs, err := graph.List()
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, q := range qs {
		for i := 0; i < 4; i++ {
			params := p.params(q, i, rng)
			for _, spec := range q.Specs() {
				v, ok := params[spec.Name]
				require.True(t, ok, "%s: %s", q.Name, spec.Name)
				if !spec.Optional {
					assert.NotEmpty(t, v, "%s: %s", q.Name, spec.Name)
				}
			}
		}
	}
	sa, err := graph.Lookup("summit-attendees")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"summit": "SCO summit 2022", "org": "", "year": ""}, p.params(sa, 0, rng))
	assert.Equal(t, map[string]any{"summit": "", "org": "SCO", "year": "2022"}, p.params(sa, 1, rng))
	mb, err := graph.Lookup("meetings-between")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"a": "Putin", "b": "Xi Jinping", "limit": ""}, p.params(mb, 0, rng), "even runs: two leaders who met")
}

func TestSummaryKeys(t *testing.T) {
	r := &Report{Articles: 10, Queries: []QueryTiming{{Name: "overview", P95Ms: 3}}, Recall: map[string]Score{"meetings": {TP: 9, FN: 1}}}
	var m map[string]any
	require.NoError(t, json.Unmarshal(r.JSON(), &m))
	for _, k := range []string{"extract_articles_per_s", "extract_mb_per_s", "extract_mb_per_s_one_core", "raw_rows_per_s",
		"ingest_articles_per_s", "ingest_vs_raw", "reingest_s", "ingest_s", "query_p95_ms", "peak_rss_mb", "recall", "articles"} {
		assert.Contains(t, m, k)
	}
	assert.Equal(t, map[string]any{"overview": 3.0}, m["query_p95_ms"])
	assert.Equal(t, map[string]any{"meetings": 0.9}, m["recall"])
}

func TestRawRows(t *testing.T) {
	ex := model.Extraction{
		Article:  model.Article{ID: "a1"},
		Entities: []model.Entity{{Key: "CN", Label: model.LabelCountry, Name: "China", Props: map[string]any{"iso2": "CN", "name_vi": nil}}},
		Relations: []model.Relation{{Type: model.RelMemberOf, From: "CN", To: "SCO", Props: map[string]any{"status": "member"},
			Evidence: []model.Evidence{{Text: "Trung Quốc là thành viên SCO.", Start: 3, End: 9}}}},
	}
	assert.Equal(t, []map[string]any{
		{"label": "Country", "key": "CN", "name": "China", "iso2": "CN"},
		{"type": "MEMBER_OF", "from": "CN", "to": "SCO", "status": "member", "sources": []string{"a1"}, "evidence": []string{"a1:3-9 Trung Quốc là thành viên SCO."}},
	}, RawRows(ex))
}

func TestCorpusDir(t *testing.T) {
	dir, remove, err := CorpusDir("")
	require.NoError(t, err)
	assert.DirExists(t, dir)
	remove()
	assert.NoDirExists(t, dir, "a temporary folder is removed")

	keep := filepath.Join(t.TempDir(), "new", "keep")
	dir, remove, err = CorpusDir(keep)
	require.NoError(t, err)
	assert.Equal(t, keep, filepath.Dir(dir))
	remove()
	assert.DirExists(t, dir, "a folder made in --dir stays")

	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, _, err = CorpusDir(filepath.Join(file, "sub"))
	assert.ErrorContains(t, err, "make the folder "+filepath.Join(file, "sub"))
}
