package eval

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kg/model"
)

// predicted is an extraction reduced to what gold can be compared with.
type predicted struct {
	published    string
	leaders      []pLeader
	meetings     []pMeeting
	memberships  []pFact
	agreements   []pFact
	partnerships []pFact
}

type pLeader struct {
	key, name string
	names     map[string]bool // folded name, name_vi and aliases
	evidence  string
}

type pMeeting struct {
	key, name                 string
	participants              []string // leader keys, sorted
	kind, date, city, country string
	status                    string
	evidence                  string
}

// pFact is a membership, agreement or partnership as its match key.
type pFact struct {
	key      string // what gold must equal: "VN member of ASEAN"
	evidence string
}

// predict reduces ex to comparable facts.
func predict(ex model.Extraction) predicted {
	p := predicted{published: ex.Article.Published}
	firstEvidence := map[string]string{} // entity key -> a sentence that mentions it
	for _, r := range ex.Relations {
		if len(r.Evidence) == 0 {
			continue
		}
		for _, k := range []string{r.From, r.To} {
			if _, ok := firstEvidence[k]; !ok {
				firstEvidence[k] = r.Evidence[0].Text
			}
		}
	}
	parts := map[string][]string{}
	parties := map[string][]string{}
	for _, r := range ex.Relations {
		switch r.Type {
		case model.RelMetAt:
			parts[r.To] = append(parts[r.To], r.From)
		case model.RelSigned:
			if isCountryKey(r.From) {
				parties[r.To] = append(parties[r.To], r.From)
			}
		case model.RelMemberOf:
			p.memberships = append(p.memberships, pFact{
				key:      memberKey(r.From, r.To, prop(r.Props, "status")),
				evidence: evidenceText(r),
			})
		case model.RelPartnerOf:
			p.partnerships = append(p.partnerships, pFact{
				key:      partnerKey([]string{r.From, r.To}, prop(r.Props, "level"), prop(r.Props, "status")),
				evidence: evidenceText(r),
			})
		}
	}
	for _, e := range ex.Entities {
		switch e.Label {
		case model.LabelLeader:
			l := pLeader{key: e.Key, name: e.Name, names: map[string]bool{}, evidence: firstEvidence[e.Key]}
			for _, n := range append([]string{e.Name, prop(e.Props, "name_vi")}, stringList(e.Props["aliases"])...) {
				if f := Fold(n); f != "" {
					l.names[f] = true
				}
			}
			p.leaders = append(p.leaders, l)
		case model.LabelSummit:
			ps := append([]string(nil), parts[e.Key]...)
			sort.Strings(ps)
			p.meetings = append(p.meetings, pMeeting{
				key: e.Key, name: e.Name, participants: ps,
				kind: prop(e.Props, "kind"), date: prop(e.Props, "date"),
				city: prop(e.Props, "city"), country: prop(e.Props, "country"),
				status: prop(e.Props, "status"), evidence: firstEvidence[e.Key],
			})
		case model.LabelAgreement:
			p.agreements = append(p.agreements, pFact{
				key:      agreementKey(parties[e.Key], prop(e.Props, "kind"), prop(e.Props, "status")),
				evidence: e.Name + ": " + firstEvidence[e.Key],
			})
		}
	}
	p.memberships = dedupe(p.memberships)
	return p
}

// dedupe keeps the first fact of each key: an article states a membership
// once however many sentences repeat it.
func dedupe(fs []pFact) []pFact {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		if !seen[f.key] {
			seen[f.key] = true
			out = append(out, f)
		}
	}
	return out
}

func memberKey(country, org, status string) string { return country + " " + status + " of " + org }

func agreementKey(parties []string, kind, status string) string {
	ps := append([]string(nil), parties...)
	sort.Strings(ps)
	return status + " " + kind + " of " + strings.Join(ps, "+")
}

func partnerKey(countries []string, level, status string) string {
	cs := append([]string(nil), countries...)
	sort.Strings(cs)
	return strings.Join(cs, "-") + " " + level + " " + status
}

// isCountryKey reports an ISO2 key: countries are the only entities keyed
// by two capital letters.
func isCountryKey(k string) bool {
	return len(k) == 2 && k[0] >= 'A' && k[0] <= 'Z' && k[1] >= 'A' && k[1] <= 'Z'
}

func evidenceText(r model.Relation) string {
	if len(r.Evidence) == 0 {
		return ""
	}
	return r.Evidence[0].Text
}

func prop(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func stringList(v any) []string {
	switch xs := v.(type) {
	case []string:
		return xs
	case []any:
		out := make([]string, 0, len(xs))
		for _, x := range xs {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// Fold is how names compare: lower case, no diacritics (đ as d), every
// run of other characters one space. "Lee Jae-myung" and "lee jae myung"
// fold alike, as do "Tập Cận Bình" and "tap can binh".
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
