package output

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// Off a terminal every value is printed in full: a table aligned whatever
// its width, a JSON array of row objects, or CSV with a header. In tables
// and CSV, lists and maps are JSON, null is nothing.
func TestPrintInFull(t *testing.T) {
	cols := []string{"name", "n", "x", "tags", "none", "ok"}
	rows := []map[string]any{
		{"name": "Xi\tJinping\n", "n": int64(3), "x": 1.5, "tags": []any{"a", "<b>"}, "none": nil, "ok": true},
		{"name": "Putin", "n": int64(12), "x": 0.25, "tags": map[string]any{"k": "v"}, "none": nil, "ok": false},
	}
	tests := []struct {
		format Format
		want   string
	}{
		{Table, "name         n   x     tags         none  ok\n" +
			"Xi Jinping   3   1.5   [\"a\",\"<b>\"]        true\n" +
			"Putin        12  0.25  {\"k\":\"v\"}          false\n"},
		{JSON, "[\n" +
			`  {"name": "Xi\tJinping\n", "n": 3, "x": 1.5, "tags": ["a","<b>"], "none": null, "ok": true},` + "\n" +
			`  {"name": "Putin", "n": 12, "x": 0.25, "tags": {"k":"v"}, "none": null, "ok": false}` + "\n]\n"},
		{CSV, "name,n,x,tags,none,ok\n" +
			"\"Xi\tJinping\n\",3,1.5,\"[\"\"a\"\",\"\"<b>\"\"]\",,true\n" +
			"Putin,12,0.25,\"{\"\"k\"\":\"\"v\"\"}\",,false\n"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			for _, width := range []int{0, 20} { // JSON and CSV ignore the width
				if tt.format == Table && width > 0 {
					continue
				}
				var b bytes.Buffer
				require.NoError(t, Printer{Format: tt.format, Width: width}.Print(&b, cols, rows))
				assert.Equal(t, tt.want, b.String())
			}
		})
	}
}

func TestPrintNoRows(t *testing.T) {
	tests := []struct {
		p    Printer
		want string
	}{
		{Printer{Format: Table}, "a  b\n(no rows)\n"},
		{Printer{Format: Table, Width: 80}, "a  b\n(no rows)\n"},
		{Printer{Format: JSON}, "[]\n"},
		{Printer{Format: CSV}, "a,b\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		require.NoError(t, tt.p.Print(&b, []string{"a", "b"}, nil))
		assert.Equal(t, tt.want, b.String(), tt.p)
	}
}

// As a flag, a format takes only the formats there are.
func TestFormatFlag(t *testing.T) {
	var f Format
	require.NoError(t, f.Set("csv"))
	assert.Equal(t, CSV, f)
	err := f.Set("xml")
	require.Error(t, err)
	assert.Equal(t, `unknown format "xml": use one of table, json, csv`, err.Error())
	assert.Equal(t, CSV, f, "unchanged by a bad value")
}

// meetingRows are rows like those of meetings-between: long names, long
// lists of article ids and sentences, Vietnamese and Chinese text.
func meetingRows() ([]string, []map[string]any) {
	cols := []string{"summit", "name", "date", "kind", "city", "status", "sources", "evidence", "with"}
	var rows []map[string]any
	for i, city := range []string{"Samarkand", "Bắc Kinh", "北京", ""} {
		var sources, evidence []any
		for j := 0; j <= i; j++ {
			sources = append(sources, fmt.Sprintf("%016x", uint64(0xa3d8ed164519f002)+uint64(j)))
			evidence = append(evidence, fmt.Sprintf("%016x:%d-%d Ông Tập Cận Bình và Tổng thống Nga Vladimir Putin đã hội đàm tại %s hôm thứ Năm, %d/9.", uint64(0xa3d8ed164519f002)+uint64(j), 100*j, 100*j+90, city, 15+j))
		}
		rows = append(rows, map[string]any{
			"summit": fmt.Sprintf("meeting-vladimir-putin+xi-jinping-2022-%02d", 9+i),
			"name":   fmt.Sprintf("Vladimir Putin – Xi Jinping talks, %s, 2022-%02d-15", city, 9+i),
			"date":   fmt.Sprintf("2022-%02d-15", 9+i), "kind": "bilateral", "city": city, "status": "held",
			"sources": sources, "evidence": evidence, "with": []any{"Xi Jinping", "Ukhnaagiin Khurelsukh", "Shavkat Mirziyoyev"}[:i%3+1],
		})
	}
	return cols, rows
}

// A table on a terminal fits its width; the golden files show how it reads.
// go test ./output -run Fitted -update rewrites them.
func TestPrintFittedGolden(t *testing.T) {
	cols, rows := meetingRows()
	for _, width := range []int{80, 120, 200} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, Printer{Format: Table, Width: width}.Print(&b, cols, rows))
			for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
				assert.LessOrEqual(t, DisplayWidth(line), width, line)
				assert.Equal(t, strings.TrimRight(line, " "), line, "no trailing spaces")
			}
			golden := filepath.Join("testdata", fmt.Sprintf("meetings-%d.golden", width))
			if *update {
				require.NoError(t, os.WriteFile(golden, b.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "go test ./output -run Fitted -update writes it")
			assert.Equal(t, string(want), b.String())
		})
	}
}

// A table that fits is printed as it would be in full, but for lists.
func TestPrintFittedNarrowTableUnchanged(t *testing.T) {
	cols := []string{"kind", "name", "count"}
	rows := []map[string]any{{"kind": "label", "name": "Leader", "count": int64(11)}, {"kind": "relationship", "name": "MET_AT", "count": int64(39)}}
	var full, fitted bytes.Buffer
	require.NoError(t, Printer{}.Print(&full, cols, rows))
	require.NoError(t, Printer{Width: 80}.Print(&fitted, cols, rows))
	assert.Equal(t, full.String(), fitted.String())
}

func TestTermCell(t *testing.T) {
	tests := []struct {
		col  string
		v    any
		want cell
	}{
		{"name", "Xi\nJinping", cell{text: "Xi Jinping"}},
		{"name", nil, cell{}},
		{"count", int64(3), cell{text: "3"}},
		{"sources", []any{"a1"}, cell{text: "1 article", short: "1"}},
		{"sources", []any{"a1", "b2", "c3"}, cell{text: "3 articles", short: "3"}},
		{"evidence", []any{"a1:0-9 x", "b2:3-5 y"}, cell{text: "2 sentences", short: "2"}},
		{"with", []any{}, cell{}},
		{"with", []any{"Xi Jinping"}, cell{text: "Xi Jinping"}},
		{"with", []any{"Xi Jinping", "Putin", "Lavrov"}, cell{text: "Xi Jinping", suffix: " (+2 more)"}},
		{"path", map[string]any{"nodes": []any{}}, cell{text: `{"nodes":[]}`}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, termCell(tt.col, tt.v), "%s %v", tt.col, tt.v)
	}
}

func TestFitWidths(t *testing.T) {
	tests := []struct {
		natural []int
		width   int
		want    []int
	}{
		{[]int{4, 6, 5}, 80, []int{4, 6, 5}},                                           // fits
		{[]int{10, 100, 10}, 80, []int{10, 56, 10}},                                    // one long column takes what is left
		{[]int{10, 100, 300}, 80, []int{10, 33, 33}},                                   // two share it evenly
		{[]int{40, 40, 40}, 80, []int{26, 25, 25}},                                     // the leftover goes left
		{[]int{3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 20, []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}, // at least one each
	}
	for _, tt := range tests {
		got := fitWidths(tt.natural, tt.width)
		assert.Equal(t, tt.want, got, "%v in %d", tt.natural, tt.width)
	}
}

func TestCutAndWidth(t *testing.T) {
	tests := []struct {
		c     cell
		w     int
		want  string
		width int
	}{
		{cell{text: "Samarkand"}, 20, "Samarkand", 9},
		{cell{text: "Samarkand"}, 5, "Sama…", 5},
		{cell{text: "Tập Cận Bình"}, 6, "Tập C…", 6},
		{cell{text: "Ta\u0323\u0302p"}, 3, "Ta\u0323\u0302p", 3}, // combining marks take no column
		{cell{text: "习近平主席"}, 5, "习近…", 5},
		{cell{text: "习近平主席"}, 6, "习近…", 5}, // a wide character does not fit in the last column
		{cell{text: "Xi Jinping", suffix: " (+2 more)"}, 15, "Xi J… (+2 more)", 15},
		{cell{text: "Xi Jinping", suffix: " (+2 more)"}, 12, "X… (+2 more)", 12},
		{cell{text: "Xi Jinping", suffix: " (+2 more)"}, 8, "Xi Jinp…", 8},
		{cell{text: "anything"}, 0, "", 0},
		{cell{text: "12 sentences", short: "12"}, 12, "12 sentences", 12},
		{cell{text: "12 sentences", short: "12"}, 9, "12", 2}, // a count rather than "12 sente…"
		{cell{text: "12 sentences", short: "12"}, 1, "…", 1},
	}
	for _, tt := range tests {
		got := cut(tt.c, tt.w, DisplayWidth(tt.c.text) > tt.w)
		assert.Equal(t, tt.want, got, "%v in %d", tt.c, tt.w)
		assert.Equal(t, tt.width, DisplayWidth(got), got)
		assert.LessOrEqual(t, DisplayWidth(got), tt.w)
	}
}
