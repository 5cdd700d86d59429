package ingest

// membership is one country's standing in an organisation.
type membership struct {
	country, org, status string
	since                Date
	sent                 int
}

// countryList is a run of country mentions joined by ",", "và", "cùng với".
type countryList struct {
	start, end int // tokens
	isos       []string
}

// lists returns the country lists of a sentence.
func lists(s *sentence) []countryList {
	var out []countryList
	var cur *countryList
	last := -1
	for _, m := range s.ments {
		if m.kind != mCountry {
			continue
		}
		if cur != nil && joiners(s, last, m.start) {
			cur.end = m.end
			if !contains(cur.isos, m.id) {
				cur.isos = append(cur.isos, m.id)
			}
		} else {
			out = append(out, countryList{start: m.start, end: m.end, isos: []string{m.id}})
			cur = &out[len(out)-1]
		}
		last = m.end
	}
	return out
}

// joiners reports whether tokens [from, to) only join list items.
func joiners(s *sentence, from, to int) bool {
	if from < 0 {
		return false
	}
	for i := from; i < to; i++ {
		switch s.toks[i].low {
		case ",", "và", "cùng", "với", "cũng", "như", "hoặc", "(", ")":
		default:
			return false
		}
	}
	return true
}

// findMemberships reads "X là thành viên của Y", "Y được thành lập bởi A, B",
// "Y có 8 thành viên: A, B", "A đang trong quá trình gia nhập Y", "quan sát viên".
// Each membership word applies to its subject (the country list before it)
// and to a list that follows it closely ("bởi A, B", ": A, B", "cùng với A").
func findMemberships(a *analysis, si int) []membership {
	s := a.sents[si]
	org, explicit := a.sentenceOrg(s)
	if org == "" {
		return nil
	}
	ls := lists(s)
	var out []membership
	for _, c := range s.cues {
		if c.cat != "member" {
			continue
		}
		status := c.val
		if status == "founding_member" && !explicit {
			continue
		}
		if status == "partner" && !a.orgWithin(s, c.end, 4) && !(c.end-c.start >= 3 || c.start > 0 && s.toks[c.start-1].low == "thành") {
			continue // "đối tác chiến lược" is a relationship, not a status in an organisation
		}
		if status == "member" && s.toks[c.start].low == "gia" && a.applicantBefore(s, c.start) {
			status = "applicant"
		}
		orgs := a.orgsAfter(s, c)
		if len(orgs) == 0 {
			orgs = []string{org}
		}
		cls := a.cueLists(s, ls, c)
		if len(cls) == 0 {
			if isos := a.twoCountries(s, c); len(isos) > 0 {
				cls = []countryList{{start: c.start, end: c.start, isos: isos}}
			}
		}
		for _, l := range cls {
			since := Date{}
			if status != "applicant" && status != "observer" && l.end > l.start {
				since = a.nearestYear(s, l)
			}
			for _, o := range orgs {
				for _, iso := range l.isos {
					out = append(out, membership{country: iso, org: o, status: status, since: since, sent: si})
				}
			}
		}
	}
	return out
}

// cueLists returns the country lists a membership word applies to.
func (a *analysis) cueLists(s *sentence, ls []countryList, c cueHit) []countryList {
	var out []countryList
	subject := -1
	for i, l := range ls {
		if l.end > c.start {
			break
		}
		gap := c.start - l.end
		if gap <= 4 || gap <= 25 && !prepositional(s, l.start) {
			subject = i
		}
	}
	if subject >= 0 {
		out = append(out, ls[subject])
	}
	for i, l := range ls {
		if l.start >= c.end && l.start-c.end <= 8 && i != subject {
			out = append(out, l)
			break
		}
	}
	return out
}

// orgsAfter returns the organisations a membership word names right after
// it: "thành viên của cả NATO và EU", "thành viên chính thức của nhóm BRICS".
func (a *analysis) orgsAfter(s *sentence, c cueHit) []string {
	var out []string
	next := c.end
	for _, m := range s.ments {
		if m.kind != mOrg || m.start < next {
			continue
		}
		gap := true
		for j := next; j < m.start; j++ {
			switch s.toks[j].low {
			case "của", "cả", "nhóm", "khối", "tổ", "chức", "diễn", "đàn", "và", ",", "(", ")", "liên", "minh":
			default:
				gap = false
			}
		}
		if !gap || m.start-next > 4 && len(out) == 0 {
			break
		}
		out = appendUnique(out, m.id)
		next = m.end
	}
	return out
}

// twoCountries returns the countries of the article's two principal
// leaders when "hai nước" is the subject of a membership word.
func (a *analysis) twoCountries(s *sentence, c cueHit) []string {
	for j := c.start - 1; j >= 1 && j >= c.start-5; j-- {
		if s.toks[j-1].low == "hai" && (s.toks[j].low == "nước" || s.toks[j].low == "bên") {
			var isos []string
			for _, k := range a.people.pair("") {
				if p := a.people.get(k); p != nil && p.country != "" {
					isos = appendUnique(isos, p.country)
				}
			}
			if len(isos) == 2 {
				return isos
			}
		}
	}
	return nil
}

// prepositional reports a list that is the object of a preposition
// ("cho Việt Nam", "với Nga"), so not the subject of what follows.
func prepositional(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	switch s.toks[i-1].low {
	case "cho", "với", "tại", "ở", "của", "từ", "đến", "tới", "giữa", "về", "sang", "vào":
		return true
	}
	return false
}

// orgWithin reports an organisation named within n tokens after from.
func (a *analysis) orgWithin(s *sentence, from, n int) bool {
	for _, m := range s.ments {
		if (m.kind == mOrg || m.kind == mOrgRef) && m.start >= from && m.start-from <= n {
			return true
		}
	}
	return false
}

// applicantBefore reports "đang trong quá trình", "muốn" and the like
// within four tokens before "gia nhập".
func (a *analysis) applicantBefore(s *sentence, at int) bool {
	for _, c := range s.cues {
		if c.cat == "applicant" && c.end <= at && at-c.end <= 4 {
			return true
		}
	}
	return false
}

// sentenceOrg returns the organisation a sentence speaks of: one it names,
// else the article's last named one when a word such as "tổ chức" or
// "thành viên" points back to it. explicit is true when the sentence names it.
func (a *analysis) sentenceOrg(s *sentence) (string, bool) {
	for _, m := range s.ments {
		if m.kind == mOrg {
			return m.id, true
		}
	}
	return a.lastOrg, false
}

// nearestYear returns the closest dated expression with a year to the list.
func (a *analysis) nearestYear(s *sentence, l countryList) Date {
	best, bestDist := Date{}, 1<<30
	from, to := s.toks[l.start].start, s.toks[l.end-1].end
	for _, d := range s.dates {
		dist := d.Start - to
		if d.End <= from {
			dist = from - d.End
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = d.Date, dist
		}
	}
	if best.Year == 0 {
		return Date{}
	}
	return Date{Year: best.Year}
}
