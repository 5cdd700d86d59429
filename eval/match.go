package eval

// maxMatching pairs gold items with predicted ones, each used at most once,
// so that as many pairs as possible are made (Kuhn's augmenting paths;
// articles have tens of facts, not thousands). ok(g, p) says whether gold g
// may pair with predicted p. It returns, for each gold item, the predicted
// item it is paired with, or -1.
//
// A first-fit pairing can lose a pair: when predicted A fits gold X and Y
// and predicted B fits only X, taking X for A leaves B unpaired.
func maxMatching(nGold, nPred int, ok func(g, p int) bool) []int {
	adj := make([][]int, nGold)
	for g := range adj {
		for p := 0; p < nPred; p++ {
			if ok(g, p) {
				adj[g] = append(adj[g], p)
			}
		}
	}
	goldOf := make([]int, nPred)
	for p := range goldOf {
		goldOf[p] = -1
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for _, p := range adj[g] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if goldOf[p] < 0 || try(goldOf[p], seen) {
				goldOf[p] = g
				return true
			}
		}
		return false
	}
	for g := 0; g < nGold; g++ {
		try(g, make([]bool, nPred))
	}
	predOf := make([]int, nGold)
	for g := range predOf {
		predOf[g] = -1
	}
	for p, g := range goldOf {
		if g >= 0 {
			predOf[g] = p
		}
	}
	return predOf
}

// pairing is the outcome of matching one fact type: pairs of required gold
// and predicted facts, and what is left on each side. Predicted facts that
// pair with optional gold are in neither.
type pairing struct {
	pairs    [][2]int // required gold, predicted
	optPairs [][2]int // optional gold, predicted: counted neither way
	missed   []int    // required gold left unpaired
	spurious []int    // predicted left unpaired
}

// pairFacts matches required gold first, so that an optional fact never
// takes a prediction a required one could have had, then lets the
// predictions left over pair with optional gold.
func pairFacts(nGold, nPred int, optional func(g int) bool, ok func(g, p int) bool) pairing {
	var req, opt []int
	for g := 0; g < nGold; g++ {
		if optional(g) {
			opt = append(opt, g)
		} else {
			req = append(req, g)
		}
	}
	var out pairing
	used := make([]bool, nPred)
	first := maxMatching(len(req), nPred, func(i, p int) bool { return ok(req[i], p) })
	for i, p := range first {
		if p < 0 {
			out.missed = append(out.missed, req[i])
			continue
		}
		used[p] = true
		out.pairs = append(out.pairs, [2]int{req[i], p})
	}
	second := maxMatching(len(opt), nPred, func(i, p int) bool { return !used[p] && ok(opt[i], p) })
	for i, p := range second {
		if p >= 0 {
			used[p] = true
			out.optPairs = append(out.optPairs, [2]int{opt[i], p})
		}
	}
	for p := 0; p < nPred; p++ {
		if !used[p] {
			out.spurious = append(out.spurious, p)
		}
	}
	return out
}
