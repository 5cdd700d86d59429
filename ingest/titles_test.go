package ingest

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/model"
)

// leadersOf extracts text and returns the keys of the leaders it names.
func leadersOf(text string) []string {
	ex := Extract(Document{Source: "t", Raw: []byte(text), Published: "2025-06-01"})
	var out []string
	for _, e := range ex.Entities {
		if e.Label == model.LabelLeader {
			out = append(out, e.Key)
		}
	}
	sort.Strings(out)
	return out
}

// TestTitledNames holds the ways a title reaches its holder's name to the
// sentences they exist for.
func TestTitledNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an ambassador's post after 'tại' stands between title and name",
			"Đón đoàn có Đại sứ Việt Nam tại Nga Đặng Minh Khôi và Đại sứ Angola tại Việt Nam Fernando Miguel.",
			[]string{"dang-minh-khoi", "fernando-miguel"}},
		{"an office named by its acronym after 'Chủ nhiệm'",
			"Tháp tùng có Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn.",
			[]string{"tran-van-son"}},
		{"a city's party secretary",
			"Tổng thống dùng bữa tối với Bí thư Thành ủy Thượng Hải Trần Cát Ninh.",
			[]string{"tran-cat-ninh"}},
		{"a permanent secretary of a ministry",
			"Dự có Thư ký thường trực Bộ Ngoại giao Myanmar Hau Khan Sum.",
			[]string{"hau-khan-sum"}},
		{"a middle initial is part of a name",
			"Tổng thống Ireland Michael D. Higgins đón khách.",
			[]string{"michael-d-higgins"}},
		{"'tại' after a head of state's title is where, not a post",
			"Tổng thống Mỹ tại Nhà Trắng đã tiếp khách.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, leadersOf(tt.text), "%q", tt.text)
		})
	}
}
