package output

import (
	"fmt"
	"io"
	"text/tabwriter"

	"kg/graph"
)

// WriteQueries prints each prepared query, its question and parameters.
func WriteQueries(w io.Writer, qs []graph.Query) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, q := range qs {
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Question)
		for _, p := range q.Specs() {
			doc := p.Doc
			if p.Optional {
				doc += " (optional)"
			}
			fmt.Fprintf(tw, "\t  --param %s=...  %s\n", p.Name, doc)
		}
	}
	return tw.Flush()
}
