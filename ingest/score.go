package ingest

import (
	"fmt"
	"sort"
	"strings"

	"kg/ingest/prose"
	"kg/model"
)

// Facts is what an analyst underlines in one article: the expected output
// of the extractor, kept in fixtures/expected/*.json and written by the
// corpus generator beside every article it makes.
type Facts struct {
	Published    *string         `json:"published"`
	Leaders      []FactLeader    `json:"leaders"`
	Meetings     []FactMeeting   `json:"meetings"`
	Memberships  []FactMember    `json:"memberships"`
	Agreements   []FactAgreement `json:"agreements"`
	Partnerships []FactPartner   `json:"partnerships"`
}

// FactLeader is a named official.
type FactLeader struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Role    string `json:"role,omitempty"`
}

// FactMeeting is one meeting event.
type FactMeeting struct {
	Participants []string `json:"participants"`
	Kind         string   `json:"kind"`
	Date         *string  `json:"date"`
	City         *string  `json:"city"`
	Country      *string  `json:"country"`
	Org          *string  `json:"org"`
	Status       string   `json:"status"`
	Note         string   `json:"note,omitempty"`
}

// FactMember is one membership.
type FactMember struct {
	Country string  `json:"country"`
	Org     string  `json:"org"`
	Status  string  `json:"status"`
	Since   *string `json:"since"`
}

// FactPartner is the level of relations between two countries, as one
// sentence states it: the pair (ISO2 codes, the smaller first), the level
// (model.PartnershipLevels), its status (model.PartnershipStatuses) and
// since when, if the text says.
type FactPartner struct {
	Countries [2]string `json:"countries"`
	Level     string    `json:"level"`
	Status    string    `json:"status"`
	Since     *string   `json:"since"`
	Note      string    `json:"note,omitempty"`
}

// FactAgreement is one agreement.
type FactAgreement struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Date    *string  `json:"date"`
	Status  string   `json:"status"`
	Parties []string `json:"parties"`
	Note    string   `json:"note,omitempty"`
}

// Tally counts matches of one fact type.
type Tally struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 1 when nothing was found and nothing expected.
func (t Tally) Precision() float64 {
	if t.TP+t.FP == 0 {
		return 1
	}
	return float64(t.TP) / float64(t.TP+t.FP)
}

// Recall is TP/(TP+FN).
func (t Tally) Recall() float64 {
	if t.TP+t.FN == 0 {
		return 1
	}
	return float64(t.TP) / float64(t.TP+t.FN)
}

// Add sums two tallies.
func (t Tally) Add(o Tally) Tally { return Tally{t.TP + o.TP, t.FP + o.FP, t.FN + o.FN} }

// Score holds tallies per fact type and what did not match, for reports.
type Score struct {
	Leaders, Meetings, Memberships, Agreements, Partnerships Tally
	Missed, Spurious                                         []string
}

// Add sums two scores.
func (s Score) Add(o Score) Score {
	return Score{
		Leaders: s.Leaders.Add(o.Leaders), Meetings: s.Meetings.Add(o.Meetings),
		Memberships: s.Memberships.Add(o.Memberships), Agreements: s.Agreements.Add(o.Agreements),
		Partnerships: s.Partnerships.Add(o.Partnerships),
		Missed:       append(s.Missed, o.Missed...), Spurious: append(s.Spurious, o.Spurious...),
	}
}

// FactsOf reduces an extraction to comparable facts.
func FactsOf(ex model.Extraction) Facts {
	var f Facts
	byKey := map[string]model.Entity{}
	for _, e := range ex.Entities {
		byKey[e.Label+"\x00"+e.Key] = e
		if e.Label == model.LabelLeader {
			c, _ := e.Props["country"].(string)
			r, _ := e.Props["role"].(string)
			f.Leaders = append(f.Leaders, FactLeader{Name: e.Name, Country: c, Role: r})
		}
	}
	parts := map[string][]string{}
	parties := map[string][]string{}
	for _, r := range ex.Relations {
		switch r.Type {
		case model.RelMetAt:
			parts[r.To] = append(parts[r.To], byKey[model.LabelLeader+"\x00"+r.From].Name)
		case model.RelSigned:
			if c, ok := byKey[model.LabelCountry+"\x00"+r.From]; ok {
				parties[r.To] = append(parties[r.To], c.Key)
			}
		case model.RelMemberOf:
			st, _ := r.Props["status"].(string)
			f.Memberships = append(f.Memberships, FactMember{Country: r.From, Org: r.To, Status: st, Since: str(r.Props["since"])})
		case model.RelPartnerOf:
			level, _ := r.Props["level"].(string)
			st, _ := r.Props["status"].(string)
			f.Partnerships = append(f.Partnerships, FactPartner{Countries: [2]string{r.From, r.To}, Level: level, Status: st, Since: str(r.Props["since"])})
		}
	}
	for _, e := range ex.Entities {
		switch e.Label {
		case model.LabelSummit:
			kind, _ := e.Props["kind"].(string)
			st, _ := e.Props["status"].(string)
			f.Meetings = append(f.Meetings, FactMeeting{
				Participants: parts[e.Key], Kind: kind, Date: str(e.Props["date"]),
				City: str(e.Props["city"]), Country: str(e.Props["country"]), Org: str(e.Props["org"]), Status: st,
			})
		case model.LabelAgreement:
			kind, _ := e.Props["kind"].(string)
			st, _ := e.Props["status"].(string)
			f.Agreements = append(f.Agreements, FactAgreement{Name: e.Name, Kind: kind, Date: str(e.Props["date"]), Status: st, Parties: parties[e.Key]})
		}
	}
	return f
}

func str(v any) *string {
	s, ok := v.(string)
	if !ok || s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Compare scores got against want. Leaders match by name; meetings by
// participants, date and place (the same city when both name one, else the
// same country); memberships by country, organisation and status;
// agreements by kind, parties and status; partnerships by the pair, level
// and status.
func Compare(got, want Facts) Score {
	var s Score
	s.Leaders = tally(leaderKeys(got.Leaders), leaderKeys(want.Leaders), &s, "leader")
	s.Meetings = tallyMeetings(got.Meetings, want.Meetings, &s)
	s.Memberships = tally(memberKeys(got.Memberships), memberKeys(want.Memberships), &s, "membership")
	s.Agreements = tally(agreementKeys(got.Agreements), agreementKeys(want.Agreements), &s, "agreement")
	s.Partnerships = tally(partnerKeys(got.Partnerships), partnerKeys(want.Partnerships), &s, "partnership")
	return s
}

// tallyMeetings pairs meetings one to one.
func tallyMeetings(got, want []FactMeeting, s *Score) Tally {
	var t Tally
	used := make([]bool, len(want))
	for _, g := range got {
		hit := -1
		for i, w := range want {
			if !used[i] && sameMeeting(g, w) {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			t.TP++
			continue
		}
		t.FP++
		s.Spurious = append(s.Spurious, "meeting "+meetingKey(g))
	}
	for i, w := range want {
		if !used[i] {
			t.FN++
			s.Missed = append(s.Missed, "meeting "+meetingKey(w))
		}
	}
	return t
}

func sameMeeting(a, b FactMeeting) bool {
	if participantsKey(a) != participantsKey(b) || deref(a.Date) != deref(b.Date) {
		return false
	}
	ac, bc := prose.Fold(deref(a.City)), prose.Fold(deref(b.City))
	if ac != "" && bc != "" {
		return ac == bc
	}
	if ac != "" || bc != "" {
		// One names a city, the other only a country: the country decides.
		return deref(a.Country) == deref(b.Country) && deref(a.Country) != ""
	}
	return deref(a.Country) == deref(b.Country)
}

func participantsKey(m FactMeeting) string {
	ps := make([]string, len(m.Participants))
	for i, p := range m.Participants {
		ps[i] = prose.Fold(p)
	}
	sort.Strings(ps)
	return strings.Join(ps, "+")
}

func meetingKey(m FactMeeting) string {
	place := prose.Fold(deref(m.City))
	if place == "" {
		place = deref(m.Country)
	}
	return fmt.Sprintf("%s @ %s on %s", participantsKey(m), place, deref(m.Date))
}

func tally(got, want []string, s *Score, what string) Tally {
	var t Tally
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			t.TP++
		} else {
			t.FP++
			s.Spurious = append(s.Spurious, what+" "+g)
		}
	}
	for _, w := range sortedKeys(left) {
		for i := 0; i < left[w]; i++ {
			t.FN++
			s.Missed = append(s.Missed, what+" "+w)
		}
	}
	return t
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func leaderKeys(ls []FactLeader) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range ls {
		k := prose.Fold(l.Name)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func memberKeys(ms []FactMember) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Country+" "+m.Status+" of "+m.Org)
	}
	return out
}

func agreementKeys(as []FactAgreement) []string {
	var out []string
	for _, a := range as {
		ps := append([]string(nil), a.Parties...)
		sort.Strings(ps)
		out = append(out, fmt.Sprintf("%s %s by %s", a.Status, a.Kind, strings.Join(ps, "+")))
	}
	return out
}

func partnerKeys(ps []FactPartner) []string {
	var out []string
	for _, p := range ps {
		pair := p.Countries
		if pair[1] < pair[0] {
			pair[0], pair[1] = pair[1], pair[0]
		}
		out = append(out, fmt.Sprintf("%s %s of %s+%s", p.Status, p.Level, pair[0], pair[1]))
	}
	return out
}
