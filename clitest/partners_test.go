package clitest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// partnerArticles are short Vietnamese articles that set up and raise
// Vietnam's partnerships, each with its publication date: Indonesia
// strategic in 2013, comprehensive strategic in 2025 (and restated so
// later); South Korea's whole ladder in one article; Kazakhstan strategic
// only; Singapore an upgrade only considered; the EU, a union of states.
var partnerArticles = map[string]string{
	"id-2013.txt":  " date 2013-06-28\nNgày 27/6/2013, tại Jakarta, Chủ tịch nước Trương Tấn Sang và Tổng thống Indonesia Susilo Bambang Yudhoyono nhất trí thiết lập quan hệ Đối tác Chiến lược Việt Nam - Indonesia.\n",
	"id-2025.txt":  " date 2025-03-10\nNgày 10/3/2025, tại Jakarta, Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto nhất trí nâng cấp quan hệ Việt Nam - Indonesia lên Đối tác Chiến lược Toàn diện.\n",
	"id-later.txt": " date 2025-11-02\nIndonesia là Đối tác chiến lược toàn diện của Việt Nam.\n",
	"kr-2022.txt":  " date 2022-12-06\nNgày 5/12/2022, Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Hàn Quốc Yoon Suk Yeol ra tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Hàn Quốc lên Đối tác Chiến lược Toàn diện. Hai nước thiết lập quan hệ Đối tác Chiến lược năm 2009.\n",
	"kz-2023.txt":  " date 2023-10-20\nNâng cấp quan hệ Việt Nam – Kazakhstan lên Đối tác chiến lược.\n",
	"sg-2024.txt":  " date 2024-05-20\nThủ tướng Phạm Minh Chính và Thủ tướng Lawrence Wong nhất trí xem xét nâng cấp quan hệ Việt Nam - Singapore lên Đối tác Chiến lược Toàn diện.\n",
	"eu-2025.txt":  " date 2025-10-30\nChủ tịch nước Lương Cường công bố nâng cấp quan hệ Việt Nam - Liên minh châu Âu (EU) lên Đối tác Chiến lược Toàn diện.\n",
}

// kg query partners-of lists every partner the articles state at a level,
// with the ladder each pair climbed, and the same after a second ingest.
func TestPartnersOf(t *testing.T) {
	emptyGraph(t)
	dir := t.TempDir()
	for name, text := range partnerArticles {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	type partner struct {
		Partner string   `json:"partner"`
		Level   string   `json:"level"`
		Since   *string  `json:"since"`
		Status  string   `json:"status"`
		History []string `json:"history"`
		Sources []string `json:"sources"`
	}
	query := func(args ...string) []partner {
		t.Helper()
		code, out, errOut := kg(t, "", append([]string{"query", "partners-of", "--format", "json"}, args...)...)
		require.Equal(t, 0, code, errOut)
		var rows []partner
		require.NoError(t, json.Unmarshal([]byte(out), &rows), out)
		return rows
	}
	date := func(s string) *string { return &s }
	wantStrategic := []partner{
		{"KR", "comprehensive_strategic", date("2022-12-05"), "upgraded", []string{"strategic 2009", "comprehensive_strategic 2022-12-05"}, nil},
		{"ID", "comprehensive_strategic", date("2025-03-10"), "upgraded", []string{"strategic 2013-06-27", "comprehensive_strategic 2025-03-10"}, nil},
		{"EU", "comprehensive_strategic", nil, "upgraded", []string{"comprehensive_strategic"}, nil},
	}
	for round := range 2 {
		code, out, errOut := kg(t, "", "ingest", dir)
		require.Equal(t, 0, code, errOut)
		if round == 1 {
			assert.Equal(t, "read 7, ingested 0, unchanged 7, skipped 0, failed 0\n", out, "the second ingest changes nothing")
		}
		rows := query("--param", "country=Việt Nam", "--param", "level=comprehensive_strategic")
		require.Len(t, rows, 3, "Singapore only considered it, Kazakhstan is a strategic partner")
		for i := range rows {
			assert.NotEmpty(t, rows[i].Sources, rows[i].Partner)
			rows[i].Sources = nil
		}
		assert.Equal(t, wantStrategic, rows, "the highest level first, then by date")

		all := query("--param", "country=viet nam")
		var names, levels, statuses []string
		for _, r := range all {
			names, levels, statuses = append(names, r.Partner), append(levels, r.Level), append(statuses, r.Status)
		}
		assert.Equal(t, []string{"KR", "ID", "EU", "SG", "KZ"}, names)
		assert.Equal(t, []string{"comprehensive_strategic", "comprehensive_strategic", "comprehensive_strategic", "comprehensive_strategic", "strategic"}, levels)
		assert.Equal(t, []string{"upgraded", "upgraded", "upgraded", "planned", "upgraded"}, statuses)
		assert.Len(t, all[1].Sources, 3, "every article about Indonesia")

		assert.Equal(t, []string{"KZ"}, func() []string {
			var out []string
			for _, r := range query("--param", "country=VN", "--param", "level=strategic") {
				out = append(out, r.Partner)
			}
			return out
		}(), "a pair is listed at the level it has, not at those it passed")
	}
}
