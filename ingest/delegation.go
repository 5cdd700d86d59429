package ingest

import "kg/ingest/gazetteer"

// delegationHeadCountries gives the head of a delegation, named with a
// post that tells no country, the country of the delegation he leads:
// "Đoàn đại biểu tỉnh Ratanakiri (Vương quốc Campuchia) do ông Ngin Nel -
// Phó Tỉnh trưởng làm trưởng đoàn", "Đoàn công tác cấp cao thành phố
// Gimje, tỉnh Jeollabuk, Hàn Quốc do ông Cheon Daesik, Phó Thị trưởng làm
// trưởng đoàn", "Đoàn đại biểu Đảng Cộng sản Trung Quốc do ông Triệu Kim
// - Ủy viên Thường vụ Tỉnh ủy ... làm trưởng đoàn". Local offices (a
// governor, a mayor, a province's party committee) name no state; the
// delegation's place or country, told between "Đoàn" and "do", does. The
// first one counts: "Đoàn công tác của Đại sứ quán Lào tại Việt Nam do
// ..." is Laos's. Only names the gazetteer does not know.
func delegationHeadCountries(s *sentence) {
	t := s.toks
	for i := range s.ments {
		m := &s.ments[i]
		if m.kind != mLeader || m.country != "" || m.org != "" || gazetteer.Default().Leaders[m.id] != nil {
			continue
		}
		by := m.start - 1
		for by >= 0 && by >= m.start-3 && t[by].low != "do" {
			if !honorificWord[t[by].low] {
				by = -1
				break
			}
			by--
		}
		if by < 1 || t[by].low != "do" || !leadsDelegation(t, m.end) {
			continue
		}
		if iso := delegationCountry(s, by); iso != "" {
			m.country = iso
		}
	}
}

// honorificWord are the words of address between "do" and a delegation
// head's name ("do ông", "do Ngài", "do đồng chí").
var honorificWord = map[string]bool{"ông": true, "bà": true, "ngài": true, "đồng": true, "chí": true}

// leadsDelegation reports "làm trưởng đoàn" after a name and its posts,
// within the sentence's next 40 tokens. Not "dẫn đầu": "Đoàn đại biểu Hạ
// viện Belarus do Chủ tịch Igor Sergeenko dẫn đầu" follows the host's
// verb and names a guest already known, and "do ngài Som Piseth – Tỉnh
// trưởng tỉnh Kep dẫn đầu đoàn sang thăm" then stands apart from the
// reception that names both sides (dev 1249, 1432).
func leadsDelegation(t []token, from int) bool {
	for j := from; j+1 < len(t) && j < from+40; j++ {
		if t[j].text == "." || t[j].text == ";" {
			return false
		}
		if t[j].low == "làm" && j+2 < len(t) && t[j+1].low == "trưởng" && t[j+2].low == "đoàn" {
			return true
		}
	}
	return false
}

// delegationCountry is the country of the first country or place named
// between the nearest "đoàn" before "do" (at by) and it, "" when none
// (or when no "đoàn" opens it within 25 tokens).
func delegationCountry(s *sentence, by int) string {
	open := -1
	for j := by - 1; j >= 0 && j >= by-25; j-- {
		if s.toks[j].low == "đoàn" {
			open = j
			break
		}
		if s.toks[j].text == "." {
			break
		}
	}
	if open < 0 {
		return ""
	}
	for _, x := range s.ments {
		if x.start <= open || x.end > by {
			continue
		}
		switch x.kind {
		case mCountry:
			return x.id
		case mCity:
			if c := gazetteer.Default().Cities[x.id]; c != nil {
				return c.Country
			}
		}
	}
	return ""
}
