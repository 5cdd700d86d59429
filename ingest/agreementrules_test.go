package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/model"
)

// TestAgreementRuleExamples checks that each agreement rule applies to
// the sentence it exists for.
func TestAgreementRuleExamples(t *testing.T) {
	var rules []agreementRule
	rules = append(rules, agreementVetoes...)
	rules = append(rules, agreementStatusRules...)
	rules = append(rules, agreementPartySteps...)
	for _, rule := range rules {
		t.Run(rule.name, func(t *testing.T) {
			assert.Contains(t, fired(&traceAgreementRule, rule.name, rule.example), rule.name, "%q", rule.example)
		})
	}
}

// fired extracts example (published on 2025-06-01) with trace set to
// note the names of the rules that apply, and returns them.
func fired(trace *func(string), source, example string) []string {
	var names []string
	*trace = func(name string) { names = append(names, name) }
	defer func() { *trace = nil }()
	Extract(Document{Source: source, Raw: []byte(example), Published: "2025-06-01"})
	return names
}

// TestAgreementNameEnd holds where a proper name of a document ends: on a
// capitalised word or a known name, not on the first syllable of a word
// the press writes half in capitals (secondSyllable).
func TestAgreementNameEnd(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Việt Nam và Nhật Bản đã ký Hiệp định Đối tác Kinh tế Toàn diện vào năm ngoái.", "Hiệp định Đối tác Kinh tế Toàn diện"},
		{"Việt Nam và Hàn Quốc đã ký Tuyên bố chung về quan hệ Đối tác Chiến lược.", "Tuyên bố chung về quan hệ Đối tác Chiến lược"},
		{"Ấn Độ và Australia đã chính thức ký Thoả thuận Tương hỗ Hậu cần.", "Thoả thuận Tương hỗ Hậu cần"},
		{"Việt Nam và Israel đã ký Hiệp định Thương mại tự do.", "Hiệp định Thương mại tự do"},
		// Twelve words cut inside a country's name run on to its end and
		// the other side a dash joins to it (straddled).
		{"Hai bên ký Tuyên bố Tầm nhìn chung về quan hệ quốc phòng Hoa Kỳ – Việt Nam năm 2015.", "Tuyên bố Tầm nhìn chung về quan hệ quốc phòng Hoa Kỳ – Việt Nam"},
		{"Hai nhà lãnh đạo ra Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga đến năm 2030.", "Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga"},
		// A proper name goes on after "và" between capitalised words, its
		// sides inside it: not the country of who speaks of it.
		{"Thủ tướng đề nghị Séc thúc đẩy Nghị viện châu Âu sớm phê chuẩn Hiệp định Đối tác và Hợp tác toàn diện Việt Nam - EU.", "Hiệp định Đối tác và Hợp tác toàn diện Việt Nam - EU"},
		{"Nhật Bản và Trung Quốc đã ký Hiệp ước Hòa bình và Hữu nghị song phương năm 1978.", "Hiệp ước Hòa bình và Hữu nghị"},
		// A preposition left at the cut ends no name (danglingWords).
		{"Các nhà lãnh đạo APEC đã thông qua Tuyên bố chung về Tầm nhìn Putrajaya đến năm 2040.", "Tuyên bố chung về Tầm nhìn Putrajaya"},
	}
	for _, tt := range tests {
		names := entitiesOf(tt.text, "2025-06-01", model.LabelAgreement, func(e model.Entity) string { return e.Name })
		assert.Contains(t, names, tt.want, "%q", tt.text)
	}
	// An adverb or a verb after the word ends a name: "Thỏa thuận cũng
	// ...", "Thỏa thuận vẫn ...", "thỏa thuận vừa đạt được", "hiệp định gây
	// nhiều tranh cãi" are the bare word, not documents named "Thỏa thuận
	// cũng" (nameStop).
	for _, text := range []string{
		"Thỏa thuận vẫn được Thái Lan và Campuchia ký kết tại Kuala Lumpur.",
		"Thỏa thuận cũng được Mỹ và Ukraine ký kết tại Washington.",
		"Thỏa thuận vừa được Mỹ và Ấn Độ ký kết tại New Delhi.",
		"Hiệp định gây nhiều tranh cãi được Mỹ và Ấn Độ ký kết tại New Delhi.",
	} {
		names := entitiesOf(text, "2025-06-01", model.LabelAgreement, func(e model.Entity) string { return e.Name })
		assert.Len(t, names, 1, "%q", text)
		for _, n := range names {
			assert.True(t, strings.HasPrefix(n, "Agreement "), "%q: %q", text, n)
		}
	}
}
