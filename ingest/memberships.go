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
		case ",", "và", "cùng", "với", "cũng", "như", "hoặc":
		default:
			return false
		}
	}
	return true
}

// findMemberships reads "X là thành viên của Y", "Y được thành lập bởi A, B",
// "Y có 8 thành viên: A, B", "A đang trong quá trình gia nhập Y", "quan sát viên".
func findMemberships(a *analysis, si int) []membership {
	s := a.sents[si]
	var cues []cueHit
	for _, c := range s.cues {
		if c.cat == "member" {
			cues = append(cues, c)
		}
	}
	if len(cues) == 0 {
		return nil
	}
	org, explicit := a.sentenceOrg(s)
	if org == "" {
		return nil
	}
	var out []membership
	ls := lists(s)
	for li, l := range ls {
		nextList := len(s.toks)
		if li+1 < len(ls) {
			nextList = ls[li+1].start
		}
		var got []cueHit
		// Subject reading: cues after the list, up to the next list.
		for _, c := range cues {
			if c.start >= l.end && c.start < nextList && c.start-l.end <= 15 {
				got = append(got, c)
			}
		}
		// Object reading: the nearest cue before the list ("thành lập bởi A, B", "thành viên: A, B", "cùng với A").
		if len(got) == 0 {
			for _, c := range cues {
				if c.end <= l.start && l.start-c.end <= 8 {
					got = []cueHit{c}
				}
			}
		}
		for _, c := range got {
			status := c.val
			if (status == "founding_member" || status == "partner") && !explicit {
				continue
			}
			if status == "member" && s.toks[c.start].low == "gia" {
				if a.applicantBefore(s, c.start) {
					status = "applicant"
				}
			}
			since := Date{}
			if status != "applicant" && status != "observer" {
				since = a.nearestYear(s, l)
			}
			for _, iso := range l.isos {
				out = append(out, membership{country: iso, org: org, status: status, since: since, sent: si})
			}
		}
	}
	return out
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
