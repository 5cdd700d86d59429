package bench

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"kg/graph"
	"kg/model"
)

// QueryTiming is the latency of one prepared query over its runs.
type QueryTiming struct {
	Name       string
	Runs       int
	P50Ms      float64
	P95Ms      float64
	MaxMs      float64
	MeanRows   float64 // rows returned per run, on average
	EmptyRuns  int     // runs that returned no row
	ParamsSeen int     // distinct parameter sets
}

// warmup is how many untimed runs of each query come before any is
// timed, with parameters of their own. The server's JIT compiler turns
// the code a query runs into machine code only after thousands of calls:
// on a server that has just ingested, the first hundred runs of the
// queries took twice as long as the next hundred (p50 11.6 against 6.1 ms
// for agreements-of), while the compiler was busy. An analyst's server has
// run its queries long before; the timed runs measure that state.
const warmup = 100

// timeQueries runs every prepared query runs times, each time with
// parameters drawn from the graph: names of leaders, countries,
// organisations, cities, summits and agreements that are in it, pairs of
// leaders who met, organisations and the years of their summits. First
// every query runs warmup times, untimed, with other parameters.
func timeQueries(ctx context.Context, store *graph.Store, runs int, seed int64) ([]QueryTiming, error) {
	qs, err := graph.List()
	if err != nil {
		return nil, err
	}
	p, err := drawPools(ctx, store, seed)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 5))
	draw := func(q graph.Query, n int) []map[string]any {
		sets := make([]map[string]any, n)
		for i := range sets {
			sets[i] = p.params(q, i, rng)
		}
		return sets
	}
	timed := make([][]map[string]any, len(qs))
	for j, q := range qs {
		timed[j] = draw(q, runs)
	}
	for _, q := range qs {
		for _, params := range draw(q, warmup) {
			if _, _, err := store.Run(ctx, q, params); err != nil {
				return nil, fmt.Errorf("query %s %v: %w", q.Name, params, err)
			}
		}
	}
	var out []QueryTiming
	for j, q := range qs {
		seen := map[string]bool{}
		for _, params := range timed[j] {
			seen[fmt.Sprint(params)] = true
		}
		t := QueryTiming{Name: q.Name, Runs: runs, ParamsSeen: len(seen)}
		lat := make([]float64, runs)
		rows := 0
		for i, params := range timed[j] {
			start := time.Now()
			_, rs, err := store.Run(ctx, q, params)
			lat[i] = float64(time.Since(start).Microseconds()) / 1000
			if err != nil {
				return nil, fmt.Errorf("query %s %v: %w", q.Name, params, err)
			}
			rows += len(rs)
			if len(rs) == 0 {
				t.EmptyRuns++
			}
		}
		sort.Float64s(lat)
		t.P50Ms, t.P95Ms, t.MaxMs = percentile(lat, 50), percentile(lat, 95), lat[len(lat)-1]
		t.MeanRows = float64(rows) / float64(runs)
		out = append(out, t)
	}
	return out, nil
}

// percentile of sorted xs, nearest rank.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(xs)))) - 1
	return xs[max(0, min(i, len(xs)-1))]
}

// pools are the values parameters are drawn from.
type pools struct {
	names    map[string][]string // label -> names (international and Vietnamese forms)
	met      [][2]string         // two leaders who met
	orgYears [][2]string         // an organisation's acronym and a year it held a summit
}

const poolSize = 300

// drawPools draws the parameter pools from the graph. The draw depends on
// the seed and the graph only, not on the order in which the database
// happens to store things: nodes are picked at positions drawn from the
// seed in the order of their keys, so two runs on the same corpus time the
// same parameters.
func drawPools(ctx context.Context, store *graph.Store, seed int64) (*pools, error) {
	p := &pools{names: map[string][]string{}}
	rng := rand.New(rand.NewPCG(uint64(seed), 7))
	for _, label := range model.Labels {
		picks, err := pick(ctx, store, label, poolSize, rng)
		if err != nil {
			return nil, fmt.Errorf("draw %s names: %w", label, err)
		}
		names, err := store.NamesAt(ctx, label, picks)
		if err != nil {
			return nil, fmt.Errorf("draw %s names: %w", label, err)
		}
		for i, n := range names {
			// alternate the forms a user may type: English, Vietnamese, acronym
			forms := slices.DeleteFunc([]string{n.Name, n.Vietnamese, n.Acronym}, func(s string) bool { return s == "" })
			if len(forms) > 0 {
				p.names[label] = append(p.names[label], forms[i%len(forms)])
			}
		}
	}
	picks, err := pick(ctx, store, model.LabelSummit, 5000, rng)
	if err != nil {
		return nil, fmt.Errorf("draw leaders who met: %w", err)
	}
	if p.met, err = store.LeadersWhoMet(ctx, picks, poolSize); err != nil {
		return nil, fmt.Errorf("draw leaders who met: %w", err)
	}
	if p.orgYears, err = store.SummitYears(ctx); err != nil {
		return nil, fmt.Errorf("draw organisations' summit years: %w", err)
	}
	return p, nil
}

// pick draws up to n distinct positions among the nodes of label, in the
// order drawn.
func pick(ctx context.Context, store *graph.Store, label string, n int, rng *rand.Rand) ([]int, error) {
	count, err := store.Count(ctx, label)
	if err != nil {
		return nil, err
	}
	perm := rng.Perm(int(count))
	return perm[:min(n, len(perm))], nil
}

// params draws the parameters of run i of q. A name parameter takes a
// name of one of its labels. Two name parameters that may both be leaders
// take, every other run, two leaders who met. When every parameter is
// optional (summit-attendees: a summit, or an organisation and a year),
// even runs fill the first and odd runs the others; a "year" goes with the
// organisation drawn.
func (p *pools) params(q graph.Query, i int, rng *rand.Rand) map[string]any {
	specs := q.Specs()
	out := map[string]any{}
	allOptional := len(specs) > 0 && !slices.ContainsFunc(specs, func(s graph.ParamSpec) bool { return !s.Optional })
	var leaderSlots []string
	for _, s := range specs {
		if s.IsName() && !s.Optional && slices.Contains(s.Labels, model.LabelLeader) {
			leaderSlots = append(leaderSlots, s.Name)
		}
	}
	pair := len(leaderSlots) == 2 && i%2 == 0 && len(p.met) > 0
	var met [2]string
	if pair {
		met = p.met[rng.IntN(len(p.met))]
	}
	var year string
	for j, s := range specs {
		switch {
		case pair && s.Name == leaderSlots[0]:
			out[s.Name] = met[0]
		case pair && s.Name == leaderSlots[1]:
			out[s.Name] = met[1]
		case allOptional && (j == 0) != (i%2 == 0):
			out[s.Name] = ""
		case s.Name == "year":
			out[s.Name] = ""
		case s.IsName() && slices.Contains(s.Labels, model.LabelOrganization) && allOptional && len(p.orgYears) > 0:
			oy := p.orgYears[rng.IntN(len(p.orgYears))]
			out[s.Name], year = oy[0], oy[1]
		case s.IsName():
			out[s.Name] = p.name(s.Labels, rng)
		case s.Optional:
			out[s.Name] = ""
		default:
			out[s.Name] = p.name(model.Labels, rng) // free text: a name
		}
	}
	if _, ok := out["year"]; ok && year != "" {
		out["year"] = year
	}
	return out
}

// name draws a name of one of labels.
func (p *pools) name(labels []string, rng *rand.Rand) string {
	var have []string
	for _, l := range labels {
		if len(p.names[l]) > 0 {
			have = append(have, l)
		}
	}
	if len(have) == 0 {
		return ""
	}
	pool := p.names[have[rng.IntN(len(have))]]
	return pool[rng.IntN(len(pool))]
}
