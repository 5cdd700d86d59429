package graph

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// ParseParams turns name=value pairs, as --param gives them, into query
// parameters. Values are strings; the queries convert what they need.
func ParseParams(pairs []string) (map[string]any, error) {
	p := make(map[string]any, len(pairs))
	for _, pair := range pairs {
		name, value, ok := strings.Cut(pair, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("--param %q: want name=value", pair)
		}
		p[name] = value
	}
	return p, nil
}

// CheckParams reports the first parameter q does not take, naming the
// closest one q takes and all of them (a misspelt name must not pass for a
// missing one), then the parameters q needs that params lacks. It needs no
// database: kg query runs it before connecting.
func (q Query) CheckParams(params map[string]any) error {
	for _, k := range slices.Sorted(maps.Keys(params)) {
		if slices.ContainsFunc(q.Params, func(p Param) bool { return p.Name == k }) {
			continue
		}
		if len(q.Params) == 0 {
			return fmt.Errorf("query %s takes no parameters, and was given %q", q.Name, k)
		}
		return fmt.Errorf("query %s has no parameter %q; did you mean %s? It takes: %s", q.Name, k, q.closestParam(k), q.paramNames())
	}
	var missing []string
	for _, spec := range q.Specs() {
		if _, ok := params[spec.Name]; !ok && !spec.Optional {
			missing = append(missing, fmt.Sprintf("%s (%s)", spec.Name, spec.Doc))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("query %s needs parameter %s", q.Name, strings.Join(missing, ", "))
	}
	return nil
}

// closestParam is the parameter of q whose name is fewest edits away from
// name, the first in header order on a tie.
func (q Query) closestParam(name string) string {
	best, bestDist := "", -1
	for _, p := range q.Params {
		if d := editDistance(strings.ToLower(name), strings.ToLower(p.Name)); bestDist < 0 || d < bestDist {
			best, bestDist = p.Name, d
		}
	}
	return best
}

func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
