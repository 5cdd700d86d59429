// Package eval scores extractions against gold: the facts an analyst
// wrote down by hand for real articles (docs/ANNOTATION.md). It knows the
// extraction contract (model.Extraction) and nothing of how extraction is
// done, so the same scores hold for any extractor that writes the contract.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Gold is the hand-written facts of one article.
type Gold struct {
	Article      string        `json:"article,omitempty"` // the article's file name, in a JSON Lines gold file
	URL          string        `json:"url,omitempty"`
	Outlet       string        `json:"outlet,omitempty"`
	Published    *string       `json:"published"`
	Annotator    string        `json:"annotator,omitempty"`
	Reviewer     *string       `json:"reviewer,omitempty"`
	Leaders      []Leader      `json:"leaders"`
	Meetings     []Meeting     `json:"meetings"`
	Memberships  []Membership  `json:"memberships"`
	Agreements   []Agreement   `json:"agreements"`
	Partnerships []Partnership `json:"partnerships"`
	Notes        string        `json:"notes,omitempty"`
}

// Leader is a named official.
type Leader struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Country  *string  `json:"country"`
	Role     string   `json:"role,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Meeting is one meeting event. Participants name Leaders by Name.
type Meeting struct {
	Participants         []string `json:"participants"`
	OptionalParticipants []string `json:"optional_participants,omitempty"`
	Kind                 string   `json:"kind"`
	Date                 *string  `json:"date"`
	EndDate              *string  `json:"end_date,omitempty"`
	City                 *string  `json:"city"`
	Country              *string  `json:"country"`
	Org                  *string  `json:"org"`
	Status               string   `json:"status"`
	Evidence             string   `json:"evidence,omitempty"`
	Note                 string   `json:"note,omitempty"`
	Optional             bool     `json:"optional,omitempty"`
}

// Membership is a country's membership of an organisation.
type Membership struct {
	Country  string  `json:"country"`
	Org      string  `json:"org"`
	Status   string  `json:"status"`
	Since    *string `json:"since"`
	Evidence string  `json:"evidence,omitempty"`
	Optional bool    `json:"optional,omitempty"`
}

// Agreement is a document signed, adopted or planned.
type Agreement struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Date     *string  `json:"date"`
	Status   string   `json:"status"`
	Parties  []string `json:"parties"`
	Org      *string  `json:"org,omitempty"` // the organisation it belongs to, when the text names one
	Evidence string   `json:"evidence,omitempty"`
	Note     string   `json:"note,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Partnership is the level of relations between two countries.
type Partnership struct {
	Countries []string `json:"countries"`
	Level     string   `json:"level"`
	Since     *string  `json:"since"`
	Status    string   `json:"status"`
	Evidence  string   `json:"evidence,omitempty"`
	Optional  bool     `json:"optional,omitempty"`
}

// GoldSet is gold by article name: the file name without its folder and
// extension ("017_vnexpress_to-lam-tham-han-quoc").
type GoldSet map[string]*Gold

// ArticleName is the name gold is kept under for the article at path.
func ArticleName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// LoadGold reads gold from path: a folder of <article name>.json files
// (the layout of fixtures/real), one such .json file, or a JSON Lines
// file whose records name their article in "article".
func LoadGold(path string) (GoldSet, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	set := GoldSet{}
	if !info.IsDir() {
		return set, set.loadFile(path)
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || (filepath.Ext(p) != ".json" && filepath.Ext(p) != ".jsonl") {
			return nil
		}
		return set.loadFile(p)
	})
	if err != nil {
		return nil, err
	}
	return set, nil
}

func (set GoldSet) loadFile(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	if filepath.Ext(path) != ".jsonl" {
		var g Gold
		if err := strictJSON(raw, &g); err != nil {
			return fmt.Errorf("gold %s: %w", path, err)
		}
		return set.add(path, ArticleName(path), &g)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, len(raw)+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var g Gold
		if err := strictJSON(line, &g); err != nil {
			return fmt.Errorf("gold %s:%d: %w", path, n, err)
		}
		if g.Article == "" {
			return fmt.Errorf("gold %s:%d: no \"article\" naming the article it is for", path, n)
		}
		if err := set.add(fmt.Sprintf("%s:%d", path, n), ArticleName(g.Article), &g); err != nil {
			return err
		}
	}
	return sc.Err()
}

func (set GoldSet) add(where, name string, g *Gold) error {
	if err := g.check(); err != nil {
		return fmt.Errorf("gold %s: %w", where, err)
	}
	if _, dup := set[name]; dup {
		return fmt.Errorf("gold %s: a second gold for article %s", where, name)
	}
	set[name] = g
	return nil
}

// strictJSON decodes raw into v, refusing fields v does not have: a
// misspelt field in hand-written gold would otherwise be silently lost.
func strictJSON(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Names returns the article names of the set, sorted.
func (set GoldSet) Names() []string {
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// The values gold may take (docs/ANNOTATION.md).
var (
	meetingKinds    = []string{"summit", "bilateral", "state_visit", "video_call", "phone_call"}
	meetingStatuses = []string{"held", "planned", "cancelled"}
	memberStatuses  = []string{"member", "founding_member", "observer", "applicant", "partner"}
	agreementKinds  = []string{"treaty", "joint_statement", "declaration", "agreement", "mou"}
	agreementStatus = []string{"signed", "planned", "expired", "in_force"}
	partnerLevels   = []string{"comprehensive", "strategic", "comprehensive_strategic", "extensive_strategic", "strategic_cooperative", "comprehensive_cooperative", "comprehensive_strategic_cooperative", "comprehensive_strategic_coordination", "special", "no_limits", "alliance"}
	partnerStatuses = []string{"established", "upgraded", "planned"}
	isoDate         = regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$`)
)

// check reports what would make the gold unscorable or not what the
// guidelines allow: a participant who is not among the leaders, a meeting
// with nobody, a value outside its vocabulary, a date not in ISO form.
func (g *Gold) check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	oneOf := func(what, v string, allowed []string) {
		if !slices.Contains(allowed, v) {
			bad("%s %q is not one of %s", what, v, strings.Join(allowed, ", "))
		}
	}
	date := func(what string, d *string) {
		if d != nil && !isoDate.MatchString(*d) {
			bad("%s %q is not YYYY[-MM[-DD]] or --MM[-DD]", what, *d)
		}
	}
	date("published", g.Published)
	names := map[string]bool{}
	for _, l := range g.Leaders {
		if l.Name == "" {
			bad("a leader without a name")
		}
		names[l.Name] = true
	}
	for i, m := range g.Meetings {
		w := fmt.Sprintf("meeting %d", i+1)
		if len(m.Participants) == 0 {
			bad("%s has no participants", w)
		}
		for _, p := range append(append([]string(nil), m.Participants...), m.OptionalParticipants...) {
			if !names[p] {
				bad("%s: participant %q is not among the leaders", w, p)
			}
		}
		oneOf(w+": kind", m.Kind, meetingKinds)
		oneOf(w+": status", m.Status, meetingStatuses)
		date(w+": date", m.Date)
		date(w+": end_date", m.EndDate)
	}
	for i, m := range g.Memberships {
		oneOf(fmt.Sprintf("membership %d: status", i+1), m.Status, memberStatuses)
		date(fmt.Sprintf("membership %d: since", i+1), m.Since)
	}
	for i, a := range g.Agreements {
		oneOf(fmt.Sprintf("agreement %d: kind", i+1), a.Kind, agreementKinds)
		oneOf(fmt.Sprintf("agreement %d: status", i+1), a.Status, agreementStatus)
		date(fmt.Sprintf("agreement %d: date", i+1), a.Date)
	}
	for i, p := range g.Partnerships {
		w := fmt.Sprintf("partnership %d", i+1)
		if len(p.Countries) != 2 || p.Countries[0] >= p.Countries[1] {
			bad("%s: countries %v must be two codes in order", w, p.Countries)
		}
		oneOf(w+": level", p.Level, partnerLevels)
		oneOf(w+": status", p.Status, partnerStatuses)
		date(w+": since", p.Since)
	}
	return errors.Join(errs...)
}
