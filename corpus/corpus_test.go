package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"kg/ingest"
	"kg/ingest/calendar"
	"kg/ingest/gazetteer"
	"kg/model"
)

func corpusHash(t *testing.T, seed int64, n int) [32]byte {
	t.Helper()
	h := sha256.New()
	var facts bytes.Buffer
	require.NoError(t, WriteJSONL(h, &facts, seed, n))
	h.Write(facts.Bytes())
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func TestDeterministic(t *testing.T) {
	a := corpusHash(t, 42, 300)
	b := corpusHash(t, 42, 300)
	c := corpusHash(t, 43, 300)
	assert.Equal(t, a, b, "same seed, same bytes")
	assert.NotEqual(t, a, c, "different seed, different corpus")
}

// TestPrefixStable: article i does not depend on how many follow.
func TestPrefixStable(t *testing.T) {
	var first []Article
	require.NoError(t, Generate(7, 20, func(a Article) error { first = append(first, a); return nil }))
	i := 0
	require.NoError(t, Generate(7, 5, func(a Article) error {
		assert.Equal(t, first[i], a)
		i++
		return nil
	}))
}

func TestGenerateCountAndIDs(t *testing.T) {
	n := 0
	require.NoError(t, Generate(1, 137, func(a Article) error {
		n++
		assert.Equal(t, fmt.Sprintf("gen-%06d", n), a.ID)
		return nil
	}))
	assert.Equal(t, 137, n)
	stop := errors.New("stop")
	n = 0
	err := Generate(1, 100, func(Article) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 3, n)
}

func TestWriteJSONL(t *testing.T) {
	var arts, facts bytes.Buffer
	require.NoError(t, WriteJSONL(&arts, &facts, 5, 50))
	var gen []Article
	require.NoError(t, Generate(5, 50, func(a Article) error { gen = append(gen, a); return nil }))

	al := strings.Split(strings.TrimSuffix(arts.String(), "\n"), "\n")
	fl := strings.Split(strings.TrimSuffix(facts.String(), "\n"), "\n")
	require.Len(t, al, 50)
	require.Len(t, fl, 50)
	for i := range al {
		var a map[string]any
		require.NoError(t, json.Unmarshal([]byte(al[i]), &a))
		assert.ElementsMatch(t, []string{"text", "title", "published", "url"}, keys(a))
		assert.Equal(t, gen[i].Text, a["text"])
		assert.Equal(t, gen[i].Published, a["published"])
		assert.True(t, strings.HasSuffix(a["url"].(string), gen[i].ID+".html"))
		var f struct {
			ID    string       `json:"id"`
			Facts ingest.Facts `json:"facts"`
		}
		require.NoError(t, json.Unmarshal([]byte(fl[i]), &f))
		assert.Equal(t, gen[i].ID, f.ID)
		assert.Equal(t, gen[i].Facts, f.Facts)
	}

	// the reader takes the file as it is
	dir := t.TempDir()
	path := dir + "/gen.jsonl"
	require.NoError(t, os.WriteFile(path, arts.Bytes(), 0o644))
	var docs []ingest.Document
	require.NoError(t, ingest.Read(t.Context(), []string{path}, nil, ingest.ReadOptions{}, func(d ingest.Document) error {
		docs = append(docs, d)
		return nil
	}, func(e ingest.ReadError) { t.Errorf("reader: %v", e) }))
	require.Len(t, docs, 50)
	for i, d := range docs {
		assert.Equal(t, gen[i].Published, d.Published)
		assert.Equal(t, gen[i].Text, string(d.Raw))
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestFactsAgainstGazetteer: every planted leader, city, country and
// organisation exists in the gazetteer, with the leader's real country and
// role at the article's date; facts reference only listed participants.
func TestFactsAgainstGazetteer(t *testing.T) {
	g := gazetteer.Default()
	byName := map[string]*gazetteer.Leader{}
	for _, l := range g.LeaderList() {
		byName[l.Name] = l
	}
	cityByName := map[string]*gazetteer.City{}
	for _, c := range g.Cities {
		cityByName[c.Name] = c
	}
	require.NoError(t, Generate(11, 2000, func(a Article) error {
		f := a.Facts
		year := 0
		if a.Published != "" {
			require.Equal(t, a.Published, *f.Published, a.ID)
			pub, err := time.Parse("2006-01-02", a.Published)
			require.NoError(t, err)
			year = pub.Year()
		} else {
			require.Nil(t, f.Published, a.ID)
		}
		listed := map[string]bool{}
		flat := strings.Join(strings.Fields(a.Text), " ")
		for _, l := range f.Leaders {
			gl := byName[l.Name]
			require.NotNil(t, gl, "%s: leader %q not in the gazetteer", a.ID, l.Name)
			require.False(t, listed[l.Name], "%s: leader %s listed twice", a.ID, l.Name)
			listed[l.Name] = true
			require.NotNil(t, g.Countries[l.Country], "%s: %s", a.ID, l.Country)
			if year != 0 {
				found := false
				for _, te := range gl.Tenures {
					if te.Role == l.Role && te.Country == l.Country && te.From <= year && (te.To == 0 || year <= te.To) {
						found = true
					}
				}
				assert.True(t, found, "%s: %s was not %s of %s in %d", a.ID, l.Name, l.Role, l.Country, year)
			}
			assert.True(t, strings.Contains(flat, nameVI(gl)), "%s: %s not named in full", a.ID, l.Name)
		}
		place := func(what string, city, country, org *string) {
			if city != nil {
				c := cityByName[*city]
				require.NotNil(t, c, "%s: city %q", a.ID, *city)
				require.NotNil(t, country, a.ID)
				assert.Equal(t, c.Country, *country, a.ID)
			}
			if country != nil {
				assert.NotNil(t, g.Countries[*country], "%s: country %q", a.ID, *country)
			}
			if org != nil {
				assert.NotNil(t, g.Orgs[*org], "%s: org %q", a.ID, *org)
			}
		}
		for _, m := range f.Meetings {
			assert.Contains(t, []string{"summit", "bilateral", "state_visit", "video_call", "phone_call"}, m.Kind)
			assert.Contains(t, []string{"held", "planned", "cancelled"}, m.Status)
			seen := map[string]bool{}
			for _, p := range m.Participants {
				assert.True(t, listed[p], "%s: participant %s not among the leaders", a.ID, p)
				assert.False(t, seen[p], "%s: participant %s twice", a.ID, p)
				seen[p] = true
			}
			if m.Kind != "summit" {
				assert.NotEmpty(t, m.Participants, "%s: %s", a.ID, m.Note)
			}
			if m.Kind == "phone_call" || m.Kind == "video_call" {
				assert.Nil(t, m.City, a.ID)
			}
			place("meeting", m.City, m.Country, m.Org)
			if m.Date != nil {
				assert.False(t, calendar.ParseDate(*m.Date).IsZero(), "%s: date %q", a.ID, *m.Date)
				assert.NotContains(t, *m.Date, "--", "%s: every date resolves to a year", a.ID)
			}
		}
		for _, ms := range f.Memberships {
			assert.NotNil(t, g.Countries[ms.Country], "%s: %s", a.ID, ms.Country)
			assert.NotNil(t, g.Orgs[ms.Org], "%s: %s", a.ID, ms.Org)
			assert.Contains(t, []string{"member", "founding_member", "observer", "applicant", "partner"}, ms.Status)
		}
		for _, p := range f.Partnerships {
			assert.Less(t, p.Countries[0], p.Countries[1], "%s: the smaller code first, two countries", a.ID)
			for _, iso := range p.Countries {
				assert.NotNil(t, g.Countries[iso], "%s: %s", a.ID, iso)
			}
			assert.Positive(t, model.PartnershipLevel(p.Level).Rank(), "%s: level %q on the ladder", a.ID, p.Level)
			assert.Positive(t, model.PartnershipStatus(p.Status).Rank(), "%s: status %q", a.ID, p.Status)
			if p.Since != nil {
				assert.False(t, calendar.ParseDate(*p.Since).IsZero(), "%s: since %q", a.ID, *p.Since)
			}
		}
		for _, ag := range f.Agreements {
			assert.Contains(t, []string{"treaty", "joint_statement", "declaration", "agreement", "mou"}, ag.Kind)
			assert.Contains(t, []string{"signed", "planned"}, ag.Status)
			assert.Len(t, ag.Parties, 2, a.ID)
			for _, p := range ag.Parties {
				assert.NotNil(t, g.Countries[p], "%s: %s", a.ID, p)
			}
		}
		return nil
	}))
}

func nameVI(l *gazetteer.Leader) string {
	if l.NameVI != "" {
		return l.NameVI
	}
	return l.Name
}

func TestTextIsCleanUTF8NFC(t *testing.T) {
	require.NoError(t, Generate(3, 1000, func(a Article) error {
		require.True(t, utf8.ValidString(a.Text), a.ID)
		require.True(t, norm.NFC.IsNormalString(a.Text), "%s is not NFC", a.ID)
		require.True(t, norm.NFC.IsNormalString(a.Title), a.ID)
		assert.NotContains(t, a.Text, "{", "%s: unfilled slot", a.ID)
		assert.NotContains(t, a.Text, "  ", "%s: double space", a.ID)
		assert.NotContains(t, a.Text, " ,", a.ID)
		assert.NotContains(t, a.Text, " .", a.ID)
		words := len(strings.Fields(a.Text))
		assert.GreaterOrEqual(t, words, 300, a.ID)
		assert.LessOrEqual(t, words, 1500, a.ID)
		return nil
	}))
}

func TestSizesAndMix(t *testing.T) {
	const n = 3000
	var bytes, noPub, wrapped int
	kinds := map[string]int{}
	statuses := map[string]int{}
	members := map[string]int{}
	agreements := map[string]int{}
	require.NoError(t, Generate(9, n, func(a Article) error {
		bytes += len(a.Text)
		if a.Published == "" {
			noPub++
		}
		if strings.Contains(a.Text, " \n\n") {
			wrapped++
		}
		for _, m := range a.Facts.Meetings {
			kinds[m.Kind]++
			statuses[m.Status]++
		}
		for _, m := range a.Facts.Memberships {
			members[m.Status]++
		}
		for _, ag := range a.Facts.Agreements {
			agreements[ag.Kind+"/"+ag.Status]++
		}
		return nil
	}))
	avg := bytes / n
	t.Logf("average %d bytes; %d%% without a date; %d%% wrapped", avg, 100*noPub/n, 100*wrapped/n)
	t.Logf("meetings %v; statuses %v; memberships %v; agreements %v", kinds, statuses, members, agreements)
	assert.GreaterOrEqual(t, avg, 2048)
	assert.LessOrEqual(t, avg, 4096)
	assert.InDelta(t, 0.33, float64(noPub)/n, 0.05)
	assert.InDelta(t, 0.10, float64(wrapped)/n, 0.03)
	for _, k := range []string{"summit", "bilateral", "state_visit", "video_call", "phone_call"} {
		assert.Greater(t, kinds[k], n/50, k)
	}
	for _, s := range []string{"held", "planned", "cancelled"} {
		assert.Greater(t, statuses[s], n/50, s)
	}
	for _, s := range []string{"member", "founding_member", "observer", "applicant"} {
		assert.Greater(t, members[s], n/100, s)
	}
	for _, k := range []string{"mou/signed", "joint_statement/signed", "agreement/signed", "treaty/signed", "agreement/planned"} {
		assert.Greater(t, agreements[k], n/200, k)
	}
}

// TestTemplatesVaried: at least four phrasings of each fact type appear.
func TestTemplatesVaried(t *testing.T) {
	g := newGen(21)
	seen := map[string]map[string]bool{}
	add := func(kind, tmpl string) {
		if seen[kind] == nil {
			seen[kind] = map[string]bool{}
		}
		seen[kind][tmpl] = true
	}
	for i := 0; i < 3000; i++ {
		a := g.article(i)
		for j, m := range a.Facts.Meetings {
			add(m.Kind+"/"+m.Status, g.tmpls.meetings[j])
		}
		for j, m := range a.Facts.Memberships {
			add("member", g.tmpls.members[j])
			add(m.Status, g.tmpls.members[j])
		}
		for j := range a.Facts.Agreements {
			add("agreement", g.tmpls.agreements[j])
		}
	}
	for _, k := range []string{"bilateral/held", "state_visit/held", "phone_call/held", "video_call/held", "summit/held", "member", "agreement"} {
		assert.GreaterOrEqual(t, len(seen[k]), 4, "%s: %v", k, seen[k])
	}
	planned, cancelled := 0, 0
	for k, v := range seen {
		if strings.HasSuffix(k, "/planned") {
			planned += len(v)
		}
		if strings.HasSuffix(k, "/cancelled") {
			cancelled += len(v)
		}
	}
	assert.GreaterOrEqual(t, planned, 8)
	assert.GreaterOrEqual(t, cancelled, 4)
	t.Logf("templates: %v", seen)
}

// TestTitlesAreKnown: every Vietnamese title the generator writes is one
// the gazetteer knows, and every capital is a city of its country.
func TestTitlesAreKnown(t *testing.T) {
	w := getWorld()
	g := w.g
	for y := minYear - 4; y <= maxYear; y++ {
		for m := 1; m <= 12; m++ {
			for _, byIso := range w.pool(y, m).by {
				for iso, os := range byIso {
					for _, o := range os {
						for _, ti := range titlesFor(o.t.Role, iso) {
							tt, n, ok := g.TitleAt(ti + " X")
							require.True(t, ok, ti)
							assert.Equal(t, len(ti), n, "%s reads as %s", ti, tt.VI)
						}
						if o.short != "" {
							if l := g.LeaderByName(o.short); l != nil {
								assert.Equal(t, o.l, l, "short form %q names %s", o.short, l.Name)
							}
						}
					}
				}
			}
		}
	}
	for iso, c := range w.capital {
		assert.Equal(t, iso, c.Country)
	}
	assert.GreaterOrEqual(t, len(w.capital), 100)
	for _, kv := range strings.Fields(capitalList) {
		iso, key, _ := strings.Cut(kv, "=")
		assert.NotNil(t, w.capital[iso], "capital %s of %s not in the gazetteer", key, iso)
	}
	for _, b := range bylines {
		assert.Nil(t, g.LeaderByName(b), "byline %q names a leader", b)
	}
}

// TestDatesResolve: every date form the generator writes resolves, through
// the date grammar, to the planted date.
func TestDatesResolve(t *testing.T) {
	g := newGen(99)
	checked := 0
	for i := 0; i < 4000; i++ {
		g.reset(i)
		pub := g.randomDate()
		ev := pub.AddDate(0, 0, g.r.IntN(400)-300)
		if ev.Year() < 2010 {
			continue
		}
		var w when
		switch g.r.IntN(4) {
		case 0:
			w = when{t: ev, p: pDay}
		case 1:
			w = when{t: ev, p: pDay, end: ev.AddDate(0, 0, 1)}
			if w.end.Month() != ev.Month() {
				continue
			}
		case 2:
			w = when{t: day(ev.Year(), int(ev.Month()), 1), p: pMonth}
		default:
			w = when{t: day(ev.Year(), 6, 30), p: pYear}
		}
		future := ev.After(pub)
		var text string
		published := calendar.Date{}
		if i%3 == 0 {
			g.hasPub, g.refYear = false, ev.Year()
			if future {
				continue
			}
			text = g.phrase(w, false)
			if g.needYear {
				text += ". Năm " + fmt.Sprint(ev.Year()) + " là một năm quan trọng."
			}
		} else {
			g.hasPub, g.pub, g.refYear = true, pub, pub.Year()
			published = calendar.Date{Year: pub.Year(), Month: int(pub.Month()), Day: pub.Day()}
			text = g.phrase(w, future)
		}
		ms := calendar.Find(text)
		require.NotEmpty(t, ms, "%q", text)
		r := calendar.NewResolver(published, text, nil)
		got := r.Resolve(ms[0])
		assert.Equal(t, *w.iso(), got.Date.ISO(), "%q published %v", text, published)
		if !w.end.IsZero() {
			assert.Equal(t, w.end.Format("2006-01-02"), got.EndDate.ISO(), "%q", text)
		}
		checked++
	}
	assert.Greater(t, checked, 2000)
}

// TestMemoryFlat: generating does not keep what it generated: the live
// heap after 1,000 articles and after 10,000 is the same.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	heap := func() uint64 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var at1k, at10k uint64
	n := 0
	require.NoError(t, WriteJSONL(io.Discard, io.Discard, 1, 10000))
	require.NoError(t, Generate(1, 10000, func(a Article) error {
		n++
		switch n {
		case 1000:
			at1k = heap()
		case 10000:
			at10k = heap()
		}
		return nil
	}))
	t.Logf("live heap after 1,000 articles %d KB, after 10,000 %d KB", at1k>>10, at10k>>10)
	assert.Less(t, int64(at10k)-int64(at1k), int64(512<<10))
}

func BenchmarkGenerate(b *testing.B) {
	var size int64
	_ = Generate(1, 200, func(a Article) error { size += int64(len(a.Text)); return nil })
	b.SetBytes(size / 200)
	b.ReportAllocs()
	g := newGen(1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := g.article(i % 100000)
		_ = a
	}
}

func BenchmarkWriteJSONL(b *testing.B) {
	var size int64
	_ = Generate(1, 200, func(a Article) error { size += int64(len(a.Text)); return nil })
	b.SetBytes(size)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w := bufio.NewWriter(io.Discard)
		_ = WriteJSONL(w, io.Discard, 1, 200)
	}
}
