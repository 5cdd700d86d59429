package ingest

import (
	"kg/ingest/gazetteer"
)

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

// sideListCountries gives the officials listed after a side named by its
// country the country of that side, when their posts tell none: "phía
// Belarus có Phó Thủ tướng Anatoly Sivak; Bộ trưởng Bộ Ngoại giao Maxim
// Ryzhenkov", "Về phía Việt Nam có Đại sứ Dương Quốc Thanh", "Phái đoàn
// của New Zealand cũng bao gồm ...", "Tháp tùng Thủ tướng Đức Olaf Scholz
// ... gồm: Ông Steffen Hebestreit, Quốc vụ khanh, ...". The list runs to
// the sentence's end or the next side ("phía"). Only names the gazetteer
// does not know.
func sideListCountries(s *sentence) {
	var cands []int // the officials to give a country: most sentences have none
	for i, m := range s.ments {
		if m.kind == mLeader && m.country == "" && m.org == "" && gazetteer.Default().Leaders[m.id] == nil {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return
	}
	t := s.toks
	open := -1 // where the list of the side last opened
	side := ""
	for j := range t {
		switch t[j].low {
		case "phía":
			open, side = -1, "" // another side: "Về phía Việt Nam có ..."
		case "có", "gồm":
			if iso := sideOpening(s, j); iso != "" {
				open, side = j, iso
			} else if iso := rosterCountry(s, j); iso != "" {
				open, side = j, iso
			}
		}
		if open < 0 {
			continue
		}
		for _, i := range cands {
			if s.ments[i].start == j {
				s.ments[i].country = side
			}
		}
	}
}

// sideOpening returns the country of the side whose list "có" or "gồm" at
// token j opens: a country after "phía" ("phía Belarus có"), a country
// that ends a delegation's name ("Phái đoàn của New Zealand cũng bao
// gồm"), or the country of the leader a delegation goes with ("Tháp tùng
// Tổng thống Đức Frank-Walter Steinmeier và Phu nhân thăm Việt Nam có",
// "Đoàn Thủ tướng Ấn độ Narendra Modi ... gồm có"). "" when none.
func sideOpening(s *sentence, j int) string {
	t := s.toks
	for i := range s.ments {
		m := s.ments[i]
		if m.end > j || m.end < j-4 || m.kind != mCountry {
			continue
		}
		// Between the country and "có" only a comma or "cũng bao": "Về
		// phía Mỹ, có", "Phái đoàn của New Zealand cũng bao gồm".
		ok := true
		for k := m.end; k < j; k++ {
			if w := t[k].low; w != "," && w != "cũng" && w != "bao" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if m.start > 0 && t[m.start-1].low == "phía" || delegationNamed(s, m.start) {
			return m.id
		}
	}
	// "Tháp tùng <leader> ... có", "Đoàn <leader> ... gồm": the leader's
	// country, the first leader of the sentence.
	for i := range s.ments {
		m := s.ments[i]
		if m.kind != mLeader && m.kind != mDesc || m.start >= j {
			continue
		}
		c := m.country
		if l := gazetteer.Default().Leaders[m.id]; c == "" && m.kind == mLeader && l != nil {
			c = l.Country
		}
		if c == "" || m.start < 1 || !(t[m.start-1].low == "đoàn" && !welcomedBefore(t, m.start-1) || t[m.start-1].low == "tùng" && m.start > 1 && t[m.start-2].low == "tháp") {
			return ""
		}
		return c
	}
	return ""
}

// delegationNamed reports a delegation's name ending on the country at
// token at: "đoàn" within a few words before it, over the words of the
// name only ("Phái đoàn của New Zealand", "Đoàn đại biểu Cấp cao Quốc hội
// Vương quốc Campuchia"), not over a verb or a place word ("Đoàn Thủ
// tướng Ấn Độ Narendra Modi thăm chính thức Việt Nam").
func delegationNamed(s *sentence, at int) bool {
	t := s.toks
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		if !t[k].word || placeOrMotion[t[k].low] {
			return false
		}
		if t[k].low == "đoàn" {
			return !welcomedBefore(t, k)
		}
	}
	return false
}

// welcomedBefore reports a verb of welcome before token k ("Ra tận sân bay
// đón ... và đoàn cấp cao Quốc hội Việt Nam có ..."): the list after the
// delegation is of those who welcome it, the other side.
func welcomedBefore(t []token, k int) bool {
	for i := k - 1; i >= 0; i-- {
		switch t[i].low {
		case "đón", "tiễn", "tiếp":
			return true
		}
	}
	return false
}

// placeOrMotion holds the words that end a delegation's name before a
// country: the country is where it goes or is, not whose it is.
var placeOrMotion = map[string]bool{"thăm": true, "tới": true, "đến": true, "sang": true, "tại": true, "ở": true, "về": true, "dự": true}

// rosterCountry returns the one country of the officials of a roster that
// "có" or "gồm" at token j opens, its items set off by ";", when all of
// them whose country is known share it ("Tham dự lễ đón có: Phó Thủ tướng
// Mai Văn Chính; ...; Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng; ...; Đại sứ
// Việt Nam tại Sri Lanka ..."); "" otherwise. The roster ends at the next
// side ("phía").
func rosterCountry(s *sentence, j int) string {
	end, semi := len(s.toks), false
	for k := j + 1; k < len(s.toks); k++ {
		if s.toks[k].low == "phía" {
			end = k
			break
		}
		semi = semi || s.toks[k].text == ";"
	}
	if !semi {
		return ""
	}
	c := ""
	for _, m := range s.ments {
		if m.start <= j || m.start >= end || m.kind != mLeader {
			continue
		}
		mc := m.country
		if l := gazetteer.Default().Leaders[m.id]; mc == "" && l != nil {
			mc = l.Country
		}
		if mc == "" {
			continue
		}
		if c != "" && mc != c {
			return ""
		}
		c = mc
	}
	return c
}
