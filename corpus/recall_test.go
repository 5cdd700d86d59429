package corpus

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"kg/ingest"
)

// recallBar is the recall the extractor must reach on each fact type of
// the generated corpus (issue 5 asks for more than 0.95).
const recallBar = 0.95

// recallArticles is how many generated articles the recall test reads.
const recallArticles = 300

// TestRecall runs the extractor on generated articles and reports precision
// and recall per fact type, and per template the share of planted facts
// the extractor missed (so that failing phrasings are visible).
func TestRecall(t *testing.T) {
	g := newGen(2024)
	var total ingest.Score
	type stat struct{ planted, missed int }
	byTmpl := map[string]*stat{}
	examples := map[string][]string{}
	count := func(kind, tmpl string, missed bool, example string) {
		k := kind + " " + tmpl
		s := byTmpl[k]
		if s == nil {
			s = &stat{}
			byTmpl[k] = s
		}
		s.planted++
		if missed {
			s.missed++
			if len(examples[k]) < 2 {
				examples[k] = append(examples[k], example)
			}
		}
	}
	for i := 0; i < recallArticles; i++ {
		a := g.article(i)
		doc := ingest.Document{Source: a.ID, Raw: []byte(a.Text), Title: a.Title, Published: a.Published, URL: URL(a.ID)}
		got := ingest.FactsOf(ingest.Extract(doc))
		total = total.Add(ingest.Compare(got, a.Facts))
		// per planted fact: found or not (matched alone against what was extracted)
		for j, m := range a.Facts.Meetings {
			sc := ingest.Compare(got, ingest.Facts{Meetings: []ingest.FactMeeting{m}})
			count("meeting", g.tmpls.meetings[j], sc.Meetings.TP == 0, a.ID+": "+describeMeeting(m))
		}
		for j, m := range a.Facts.Memberships {
			sc := ingest.Compare(got, ingest.Facts{Memberships: []ingest.FactMember{m}})
			count("membership", g.tmpls.members[j], sc.Memberships.TP == 0, fmt.Sprintf("%s: %s %s of %s", a.ID, m.Country, m.Status, m.Org))
		}
		for j, ag := range a.Facts.Agreements {
			sc := ingest.Compare(got, ingest.Facts{Agreements: []ingest.FactAgreement{ag}})
			count("agreement", g.tmpls.agreements[j], sc.Agreements.TP == 0, a.ID+": "+ag.Note)
		}
		for j, p := range a.Facts.Partnerships {
			sc := ingest.Compare(got, ingest.Facts{Partnerships: []ingest.FactPartner{p}})
			count("partnership", g.tmpls.partners[j], sc.Partnerships.TP == 0, a.ID+": "+p.Note)
		}
		for _, l := range a.Facts.Leaders {
			sc := ingest.Compare(got, ingest.Facts{Leaders: []ingest.FactLeader{l}})
			count("leader", "", sc.Leaders.TP == 0, a.ID+": "+l.Name)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-12s %9s %9s   (%d generated articles)\n", "fact", "precision", "recall", recallArticles)
	rows := []struct {
		name string
		t    ingest.Tally
	}{{"leaders", total.Leaders}, {"meetings", total.Meetings}, {"memberships", total.Memberships}, {"agreements", total.Agreements}, {"partnerships", total.Partnerships}}
	for _, r := range rows {
		fmt.Fprintf(&b, "%-12s %9.2f %9.2f   tp=%d fp=%d fn=%d\n", r.name, r.t.Precision(), r.t.Recall(), r.t.TP, r.t.FP, r.t.FN)
	}
	fmt.Fprintf(&b, "\nmissed by template (planted, missed, share):\n")
	keys := make([]string, 0, len(byTmpl))
	for k := range byTmpl {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, c := byTmpl[keys[i]], byTmpl[keys[j]]
		if a.missed != c.missed {
			return a.missed > c.missed
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		s := byTmpl[k]
		fmt.Fprintf(&b, "  %-16s %5d %5d  %3.0f%%\n", k, s.planted, s.missed, 100*float64(s.missed)/float64(s.planted))
		for _, e := range examples[k] {
			fmt.Fprintf(&b, "      e.g. %s\n", e)
		}
	}
	t.Log(b.String())
	for _, r := range rows {
		assert.GreaterOrEqual(t, r.t.Recall(), recallBar, r.name)
	}
}

func describeMeeting(m ingest.FactMeeting) string {
	d := func(s *string) string {
		if s == nil {
			return "-"
		}
		return *s
	}
	return fmt.Sprintf("%s %s %s @ %s/%s on %s — %s", m.Status, m.Kind, strings.Join(m.Participants, "+"), d(m.City), d(m.Country), d(m.Date), m.Note)
}
