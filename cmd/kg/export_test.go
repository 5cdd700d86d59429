package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One exporter prints rows for every command: a table aligned for a
// terminal, a JSON array of row objects, or CSV with a header. In tables
// and CSV, lists and maps are JSON, null is nothing.
func TestExport(t *testing.T) {
	cols := []string{"name", "n", "x", "tags", "none", "ok"}
	rows := []map[string]any{
		{"name": "Xi\tJinping\n", "n": int64(3), "x": 1.5, "tags": []any{"a", "<b>"}, "none": nil, "ok": true},
		{"name": "Putin", "n": int64(12), "x": 0.25, "tags": map[string]any{"k": "v"}, "none": nil, "ok": false},
	}
	tests := []struct {
		format format
		want   string
	}{
		{"table", "name         n   x     tags         none  ok\n" +
			"Xi Jinping   3   1.5   [\"a\",\"<b>\"]        true\n" +
			"Putin        12  0.25  {\"k\":\"v\"}          false\n"},
		{"json", "[\n" +
			`  {"name": "Xi\tJinping\n", "n": 3, "x": 1.5, "tags": ["a","<b>"], "none": null, "ok": true},` + "\n" +
			`  {"name": "Putin", "n": 12, "x": 0.25, "tags": {"k":"v"}, "none": null, "ok": false}` + "\n]\n"},
		{"csv", "name,n,x,tags,none,ok\n" +
			"\"Xi\tJinping\n\",3,1.5,\"[\"\"a\"\",\"\"<b>\"\"]\",,true\n" +
			"Putin,12,0.25,\"{\"\"k\"\":\"\"v\"\"}\",,false\n"},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.format.export(&b, cols, rows))
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestExportNoRows(t *testing.T) {
	for f, want := range map[format]string{"table": "a  b\n(no rows)\n", "json": "[]\n", "csv": "a,b\n"} {
		var b bytes.Buffer
		require.NoError(t, f.export(&b, []string{"a", "b"}, nil))
		assert.Equal(t, want, b.String(), f)
	}
}

// As a flag, a format takes only the formats there are.
func TestFormatFlag(t *testing.T) {
	var f format
	require.NoError(t, f.Set("csv"))
	assert.Equal(t, format("csv"), f)
	err := f.Set("xml")
	require.Error(t, err)
	assert.Equal(t, `unknown format "xml": use one of table, json, csv`, err.Error())
	assert.Equal(t, format("csv"), f, "unchanged by a bad value")
}
