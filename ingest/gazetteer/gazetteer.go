// Package gazetteer reads what the extractor knows about the world before
// it reads an article. It is data, not code: ingest/data/*.tsv, one entry a line,
// tab-separated, '#' comments and blank lines allowed, lists inside a field
// joined with '|'. This package only parses and checks it.
//
//	countries.tsv      iso2  name_en  names_vi  aliases  short
//	organizations.tsv  acronym  name_en  names_vi  aliases
//	cities.tsv         key  name_en  iso2  names_vi  aliases  [within]
//	venues.tsv         name  city_key
//	leaders.tsv        key  name  name_vi  country  role  tenure  names  short
//	titles.tsv         title_vi  role_en  rank  [country]
//
// Every field is normalised to NFC. Surface forms keep the capitalisation the
// press uses; match them case-insensitively (the lookups below do).
package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kg/ingest/data"
	"kg/ingest/prose"
)

// Country is one state or territory (countries.tsv).
type Country struct {
	ISO2    string   // ISO 3166-1 alpha-2 ("CN"); "XK" Kosovo, "SU" Soviet Union
	Name    string   // English name
	NamesVI []string // Vietnamese names, canonical first ("Hoa Kỳ", "Mỹ")
	Aliases []string // English and other Latin forms ("United States", "USA", "US")
	Short   []string // one-syllable forms valid only inside compounds ("Trung" in "Nga - Trung")
}

// Org is one international organisation or grouping (organizations.tsv).
type Org struct {
	Acronym string   // unique ASCII key, the real acronym where there is one ("SCO", "ARAB_LEAGUE")
	Name    string   // English name
	NamesVI []string // Vietnamese names, canonical first
	Aliases []string // acronyms and Latin forms seen in text ("SCO", "Shanghai Cooperation Organization")
}

// City is one city (cities.tsv).
type City struct {
	Key     string   // lowercase ASCII slug of Name ("ho-chi-minh-city")
	Name    string   // English exonym ("Ho Chi Minh City")
	Country string   // ISO2
	NamesVI []string // Vietnamese forms, canonical first ("TP.HCM", "Sài Gòn", ...)
	Aliases []string // other Latin forms ("Saigon", "HCMC")
	Within  string   // the key of the state or province it lies in ("florida" for Palm Beach), or ""
}

// Venue is a landmark that stands for a city after "tại"/"ở" (venues.tsv).
type Venue struct {
	Name string // "Điện Kremlin"
	City string // city key ("moscow")
}

// Tenure is one office a leader held. To is 0 while still in office; From is
// 0 when unknown.
type Tenure struct {
	Role    string // English, lower case except acronyms ("president", "UN secretary-general")
	Country string // ISO2 of the state the office belongs to; "" for an organisation's post
	From    int
	To      int
}

// Leader is one person (leaders.tsv; lines with the same key merge).
type Leader struct {
	Key     string // slug of Name ("xi-jinping")
	Name    string // international Latin-script form ("Xi Jinping")
	NameVI  string // form used by the Vietnamese press ("Tập Cận Bình"); "" if unknown
	Country string // ISO2 of the latest office (see Latest); "" when that office is an organisation's
	Tenures []Tenure
	Names   []string // every full surface form, always including Name and NameVI
	Short   []string // forms valid only after a title or honorific ("Tập", "Chính")
}

// Title is a Vietnamese title or person word (titles.tsv).
type Title struct {
	VI   string // "Ngoại trưởng"
	Role string // "foreign minister"; same vocabulary as Tenure.Role
	Rank string // one of Ranks
	// Country is the one state whose institutions bear the title ("Bộ
	// trưởng Công Thương": VN), else "".
	Country string
}

// Ranks lists the values Title.Rank may take.
var Ranks = []string{"head_of_state", "head_of_government", "minister", "official", "org_head", "honorific", "non_official"}

// Gazetteer is the parsed knowledge.
type Gazetteer struct {
	Countries map[string]*Country // by ISO2
	Orgs      map[string]*Org     // by acronym
	Cities    map[string]*City    // by key
	Venues    []Venue
	Leaders   map[string]*Leader // by key
	Titles    []Title            // longest VI first; ties in file order

	leaderOrder []*Leader // file order of first appearance
	countryBy   map[string]*Country
	orgBy       map[string]*Org
	cityBy      map[string]*City
	venueBy     map[string]*City
	leaderBy    map[string]*Leader
	shortBy     map[string]*Country
	lshortBy    map[string][]*Leader
	cityStates  map[string]string // ISO2 -> key of the city that bears the country's name
}

var (
	defaultGazOnce sync.Once
	defaultGaz     *Gazetteer
)

// Default returns the gazetteer of the embedded data (kg/ingest/data),
// parsed once. It panics on malformed data; the tests keep the data valid.
func Default() *Gazetteer {
	defaultGazOnce.Do(func() {
		g, err := Parse(data.Files)
		if err != nil {
			panic("gazetteer: embedded data: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Gazetteer file names, looked up at the root of the fs.FS given to Parse.
const (
	CountriesFile     = "countries.tsv"
	OrganizationsFile = "organizations.tsv"
	CitiesFile        = "cities.tsv"
	VenuesFile        = "venues.tsv"
	LeadersFile       = "leaders.tsv"
	TitlesFile        = "titles.tsv"
)

// Parse reads the six files from the root of fsys and checks them:
// field counts, unique keys, ISO2 codes, references between files (a city's
// or leader's country, a venue's city), tenures and ranks. Errors name
// file:line.
func Parse(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		Countries: map[string]*Country{},
		Orgs:      map[string]*Org{},
		Cities:    map[string]*City{},
		Leaders:   map[string]*Leader{},
	}
	steps := []struct {
		file     string
		min, max int
		line     func(f []string) error
	}{
		{CountriesFile, 3, 5, g.countryLine},
		{OrganizationsFile, 2, 4, g.orgLine},
		{CitiesFile, 4, 6, g.cityLine},
		{VenuesFile, 2, 2, g.venueLine},
		{LeadersFile, 6, 8, g.leaderLine},
		{TitlesFile, 3, 4, g.titleLine},
	}
	for _, st := range steps {
		data, err := fs.ReadFile(fsys, st.file)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		if err := eachRecord(st.file, data, st.min, st.max, st.line); err != nil {
			return nil, err
		}
	}
	for _, c := range g.Cities {
		if r := g.Cities[c.Within]; c.Within != "" && (r == nil || r.Country != c.Country || r.Within != "") {
			return nil, fmt.Errorf("gazetteer: %s: city %s lies within %q, which is no state or province of %s in it", CitiesFile, c.Key, c.Within, c.Country)
		}
	}
	for _, l := range g.leaderOrder {
		l.Country = ""
		if t, ok := l.Latest(); ok {
			l.Country = t.Country
		}
		l.Names = prependUnique(l.Names, l.Name, l.NameVI)
	}
	sort.SliceStable(g.Titles, func(i, j int) bool {
		return utf8.RuneCountInString(g.Titles[i].VI) > utf8.RuneCountInString(g.Titles[j].VI)
	})
	g.index()
	return g, nil
}

// eachRecord calls fn with the NFC, trimmed fields of every data line.
func eachRecord(file string, data []byte, min, max int, fn func([]string) error) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if !utf8.ValidString(line) {
			return fmt.Errorf("%s:%d: invalid UTF-8", file, n)
		}
		f := strings.Split(norm.NFC.String(line), "\t")
		if len(f) < min || len(f) > max {
			return fmt.Errorf("%s:%d: %d fields, want %d to %d (tab-separated)", file, n, len(f), min, max)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		for len(f) < max {
			f = append(f, "")
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// splitList splits a '|' list, trimming and dropping empty and repeated items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// appendUniqueAll appends the items of add that xs does not have yet.
func appendUniqueAll(xs []string, add ...string) []string {
	for _, a := range add {
		if a != "" && !slices.Contains(xs, a) {
			xs = append(xs, a)
		}
	}
	return xs
}

// prependUnique puts the non-empty items of first before xs, without repeats.
func prependUnique(xs []string, first ...string) []string {
	out := appendUniqueAll(nil, first...)
	return appendUniqueAll(out, xs...)
}

var (
	iso2RE    = regexp.MustCompile(`^[A-Z]{2}$`)
	acronymRE = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
)

func (g *Gazetteer) countryLine(f []string) error {
	c := &Country{ISO2: f[0], Name: f[1], NamesVI: splitList(f[2]), Aliases: splitList(f[3]), Short: splitList(f[4])}
	switch {
	case !iso2RE.MatchString(c.ISO2):
		return fmt.Errorf("iso2 %q is not two uppercase letters", c.ISO2)
	case g.Countries[c.ISO2] != nil:
		return fmt.Errorf("duplicate country %s", c.ISO2)
	case c.Name == "":
		return fmt.Errorf("country %s has no English name", c.ISO2)
	case len(c.NamesVI) == 0:
		return fmt.Errorf("country %s has no Vietnamese name", c.ISO2)
	}
	g.Countries[c.ISO2] = c
	return nil
}

func (g *Gazetteer) orgLine(f []string) error {
	o := &Org{Acronym: f[0], Name: f[1], NamesVI: splitList(f[2]), Aliases: splitList(f[3])}
	switch {
	case !acronymRE.MatchString(o.Acronym):
		return fmt.Errorf("acronym %q is not plain ASCII letters, digits and _", o.Acronym)
	case g.Orgs[o.Acronym] != nil:
		return fmt.Errorf("duplicate organisation %s", o.Acronym)
	case o.Name == "":
		return fmt.Errorf("organisation %s has no English name", o.Acronym)
	}
	g.Orgs[o.Acronym] = o
	return nil
}

func (g *Gazetteer) cityLine(f []string) error {
	c := &City{Key: f[0], Name: f[1], Country: f[2], NamesVI: splitList(f[3]), Aliases: splitList(f[4]), Within: f[5]}
	switch {
	case c.Key == "" || c.Key != keySlug(c.Key):
		return fmt.Errorf("city key %q is not a lowercase ASCII slug", c.Key)
	case g.Cities[c.Key] != nil:
		return fmt.Errorf("duplicate city %s", c.Key)
	case c.Name == "":
		return fmt.Errorf("city %s has no English name", c.Key)
	case g.Countries[c.Country] == nil:
		return fmt.Errorf("city %s: unknown country %q", c.Key, c.Country)
	case len(c.NamesVI) == 0:
		return fmt.Errorf("city %s has no Vietnamese name", c.Key)
	}
	g.Cities[c.Key] = c
	return nil
}

func (g *Gazetteer) venueLine(f []string) error {
	v := Venue{Name: f[0], City: f[1]}
	switch {
	case v.Name == "":
		return fmt.Errorf("venue without a name")
	case g.Cities[v.City] == nil:
		return fmt.Errorf("venue %q: unknown city %q", v.Name, v.City)
	}
	g.Venues = append(g.Venues, v)
	return nil
}

func (g *Gazetteer) leaderLine(f []string) error {
	key, name, nameVI, country, role, tenure := f[0], f[1], f[2], f[3], f[4], f[5]
	switch {
	case key == "" || key != keySlug(key):
		return fmt.Errorf("leader key %q is not a lowercase ASCII slug", key)
	case name == "":
		return fmt.Errorf("leader %s has no name", key)
	case country != "" && g.Countries[country] == nil:
		return fmt.Errorf("leader %s: unknown country %q", key, country)
	case role == "":
		return fmt.Errorf("leader %s has no role", key)
	}
	ranges, err := parseTenure(tenure)
	if err != nil {
		return fmt.Errorf("leader %s: %w", key, err)
	}
	l := g.Leaders[key]
	if l == nil {
		l = &Leader{Key: key, Name: name, NameVI: nameVI}
		g.Leaders[key] = l
		g.leaderOrder = append(g.leaderOrder, l)
	} else if l.Name != name {
		return fmt.Errorf("leader %s: name %q differs from an earlier line's %q", key, name, l.Name)
	}
	if l.NameVI == "" {
		l.NameVI = nameVI
	} else if nameVI != "" && nameVI != l.NameVI {
		return fmt.Errorf("leader %s: name_vi %q differs from an earlier line's %q", key, nameVI, l.NameVI)
	}
	for _, r := range ranges {
		l.Tenures = append(l.Tenures, Tenure{Role: role, Country: country, From: r[0], To: r[1]})
	}
	l.Names = appendUniqueAll(l.Names, splitList(f[6])...)
	l.Short = appendUniqueAll(l.Short, splitList(f[7])...)
	return nil
}

// parseTenure reads "2012-", "2017-2021", "2024" or several of them joined
// by '|'. An empty field is one range of unknown dates.
func parseTenure(s string) ([][2]int, error) {
	if s == "" {
		return [][2]int{{0, 0}}, nil
	}
	var out [][2]int
	for _, part := range strings.Split(s, "|") {
		part = strings.TrimSpace(part)
		from, to, dash := strings.Cut(part, "-")
		a, err := tenureYear(from)
		if err != nil {
			return nil, fmt.Errorf("tenure %q: %w", s, err)
		}
		b := a
		if dash {
			b = 0
			if to != "" {
				if b, err = tenureYear(to); err != nil {
					return nil, fmt.Errorf("tenure %q: %w", s, err)
				}
				if b < a {
					return nil, fmt.Errorf("tenure %q ends before it starts", s)
				}
			}
		}
		out = append(out, [2]int{a, b})
	}
	return out, nil
}

func tenureYear(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil || y < 1800 || y > 2200 {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return y, nil
}

func (g *Gazetteer) titleLine(f []string) error {
	t := Title{VI: f[0], Role: f[1], Rank: f[2]}
	if len(f) > 3 {
		t.Country = f[3]
	}
	switch {
	case t.VI == "" || t.Role == "":
		return fmt.Errorf("title needs title_vi and role_en")
	case !slices.Contains(Ranks, t.Rank):
		return fmt.Errorf("title %q: rank %q is not one of %s", t.VI, t.Rank, strings.Join(Ranks, "|"))
	case t.Country != "" && g.Countries[t.Country] == nil:
		return fmt.Errorf("title %q: country %q is not in %s", t.VI, t.Country, CountriesFile)
	}
	for _, o := range g.Titles {
		if strings.EqualFold(o.VI, t.VI) {
			return fmt.Errorf("duplicate title %q", t.VI)
		}
	}
	g.Titles = append(g.Titles, t)
	return nil
}

// covers reports whether t was held during year.
func (t Tenure) covers(year int) bool {
	return t.From != 0 && t.From <= year && (t.To == 0 || year <= t.To)
}

// TenureAt returns the office held in year: the first, in file order, of the
// tenures that cover it. Year 0 means the latest (see Latest).
func (l *Leader) TenureAt(year int) (Tenure, bool) {
	if year == 0 {
		return l.Latest()
	}
	for _, t := range l.Tenures {
		if t.covers(year) {
			return t, true
		}
	}
	return Tenure{}, false
}

// RoleAt returns the role held in year ("" if none is known); year 0 gives
// the latest role.
func (l *Leader) RoleAt(year int) string {
	t, _ := l.TenureAt(year)
	return t.Role
}

// CountryAt returns the country of the office held in year ("" if none is
// known or the office is an organisation's); year 0 gives the latest.
func (l *Leader) CountryAt(year int) string {
	t, _ := l.TenureAt(year)
	return t.Country
}

// Latest returns the current office (the first open-ended one in file
// order), else the one that ended last.
func (l *Leader) Latest() (Tenure, bool) {
	best := -1
	for i, t := range l.Tenures {
		if t.From != 0 && t.To == 0 {
			return t, true
		}
		if best < 0 || t.To > l.Tenures[best].To {
			best = i
		}
	}
	if best < 0 {
		return Tenure{}, false
	}
	return l.Tenures[best], true
}

// LeaderList returns the leaders in file order, for deterministic iteration.
func (g *Gazetteer) LeaderList() []*Leader { return g.leaderOrder }

// formKey is how surface forms are compared: NFC, trimmed, lower case,
// in one tone style (prose.FirstStyle).
func formKey(s string) string {
	return prose.FirstStyle(strings.ToLower(strings.TrimSpace(norm.NFC.String(s))))
}

// index builds the lookup maps. When two entries share a form, the first in
// file order wins (the tests keep forms unique within a kind).
func (g *Gazetteer) index() {
	g.countryBy, g.orgBy, g.cityBy = map[string]*Country{}, map[string]*Org{}, map[string]*City{}
	g.venueBy, g.leaderBy = map[string]*City{}, map[string]*Leader{}
	g.shortBy, g.lshortBy = map[string]*Country{}, map[string][]*Leader{}
	for _, c := range sortedValues(g.Countries) {
		for _, n := range countryForms(c) {
			putFirst(g.countryBy, n, c)
		}
		for _, n := range c.Short {
			putFirst(g.shortBy, n, c)
		}
	}
	for _, o := range sortedValues(g.Orgs) {
		for _, n := range orgForms(o) {
			putFirst(g.orgBy, n, o)
		}
	}
	for _, c := range sortedValues(g.Cities) {
		for _, n := range cityForms(c) {
			putFirst(g.cityBy, n, c)
		}
	}
	for _, v := range g.Venues {
		putFirst(g.venueBy, v.Name, g.Cities[v.City])
	}
	g.cityStates = map[string]string{}
	for iso, c := range g.Countries {
		for _, name := range append([]string{c.Name}, c.NamesVI...) {
			if city := g.CityByName(name); city != nil && city.Country == iso {
				g.cityStates[iso] = city.Key
				break
			}
		}
	}
	for _, l := range g.leaderOrder {
		for _, n := range l.Names {
			putFirst(g.leaderBy, n, l)
		}
		for _, n := range l.Short {
			k := formKey(n)
			g.lshortBy[k] = append(g.lshortBy[k], l)
		}
	}
}

func putFirst[T any](m map[string]*T, form string, v *T) {
	if k := formKey(form); k != "" {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
}

// CountryList returns the countries in the order of their codes.
func (g *Gazetteer) CountryList() []*Country { return sortedValues(g.Countries) }

// OrgList returns the organisations in the order of their acronyms.
func (g *Gazetteer) OrgList() []*Org { return sortedValues(g.Orgs) }

// CityList returns the cities in the order of their keys.
func (g *Gazetteer) CityList() []*City { return sortedValues(g.Cities) }

func sortedValues[T any](m map[string]*T) []*T {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*T, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

func countryForms(c *Country) []string {
	return appendUniqueAll(append([]string{c.Name}, c.NamesVI...), c.Aliases...)
}

func orgForms(o *Org) []string {
	return appendUniqueAll(append([]string{o.Acronym, o.Name}, o.NamesVI...), o.Aliases...)
}

func cityForms(c *City) []string {
	return appendUniqueAll(append([]string{c.Name}, c.NamesVI...), c.Aliases...)
}

// CountryByName finds a country by its English name, a Vietnamese name or an
// alias (not by a compound-only short form), case-insensitively.
func (g *Gazetteer) CountryByName(s string) *Country { return g.countryBy[formKey(s)] }

// CountryByShort finds a country by a compound-only short form ("Trung").
func (g *Gazetteer) CountryByShort(s string) *Country { return g.shortBy[formKey(s)] }

// OrgByName finds an organisation by acronym key, name or alias, case-insensitively.
func (g *Gazetteer) OrgByName(s string) *Org { return g.orgBy[formKey(s)] }

// CityByName finds a city by its English name, a Vietnamese name or an alias.
func (g *Gazetteer) CityByName(s string) *City { return g.cityBy[formKey(s)] }

// CityState returns the key of the city of a country that is one city
// (Singapore, Vatican City, Monaco), whose name is the country's, else "".
func (g *Gazetteer) CityState(iso string) string { return g.cityStates[iso] }

// VenueCity returns the city a landmark stands for ("Điện Kremlin" -> Moscow).
func (g *Gazetteer) VenueCity(s string) *City { return g.venueBy[formKey(s)] }

// LeaderByName finds a leader by a full surface form (Names), case-insensitively.
// Short forms are not looked up: they are valid only after a title.
func (g *Gazetteer) LeaderByName(s string) *Leader { return g.leaderBy[formKey(s)] }

// LeadersByShort returns the leaders, in file order, who have s as a short form.
func (g *Gazetteer) LeadersByShort(s string) []*Leader {
	return append([]*Leader(nil), g.lshortBy[formKey(s)]...)
}

// TitleAt returns the longest title that s starts with, matched
// case-insensitively and ending at a word boundary, and its length in bytes.
func (g *Gazetteer) TitleAt(s string) (Title, int, bool) {
	s = norm.NFC.String(s)
	for _, t := range g.Titles {
		if n := prefixFold(s, t.VI); n > 0 {
			if r, _ := utf8.DecodeRuneInString(s[n:]); n == len(s) || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return t, n, true
			}
		}
	}
	return Title{}, 0, false
}

// prefixFold returns the byte length of the prefix of s that equals p
// case-insensitively, or 0.
func prefixFold(s, p string) int {
	i := 0
	for _, pr := range p {
		if i >= len(s) {
			return 0
		}
		sr, w := utf8.DecodeRuneInString(s[i:])
		if sr != pr && unicode.ToLower(sr) != unicode.ToLower(pr) {
			return 0
		}
		i += w
	}
	return i
}

// keySlug makes the ASCII key of a name: diacritics and apostrophes dropped,
// lower case, other runs of non-alphanumerics turned into one '-'
// ("Xi'an" -> "xian", "Tô Lâm" -> "to-lam", "Støre" -> "store").
func keySlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) || r == '\'' || r == '’' || r == 'ʻ' || r == '`' {
			continue
		}
		rep, ok := slugSpecial[unicode.ToLower(r)]
		if !ok {
			rep = string(unicode.ToLower(r))
		}
		for _, c := range rep {
			if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
				if dash && b.Len() > 0 {
					b.WriteByte('-')
				}
				b.WriteRune(c)
				dash = false
			} else {
				dash = true
			}
		}
	}
	return b.String()
}

var slugSpecial = map[rune]string{'đ': "d", 'ł': "l", 'ø': "o", 'æ': "ae", 'ß': "ss", 'ı': "i", 'œ': "oe"}
