package bench

import (
	"fmt"
	"io"
	"kg/graph"
	"text/tabwriter"
)

// factTypes are the planted fact types, in report order.
var factTypes = []string{"leaders", "meetings", "memberships", "agreements", "partnerships"}

// WriteTable prints the report for people.
func (r *Report) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	line := func(format string, args ...any) { fmt.Fprintf(tw, format+"\n", args...) }
	flush := func() { tw.Flush() }

	fmt.Fprintf(w, "kg bench: %d articles (seed %d), %.1f MB of article text, %d cores, database %s\n\n",
		r.Articles, r.Seed, float64(r.TextBytes)/1e6, r.Cores, r.Target)

	fmt.Fprintf(w, "extraction alone (read + extract, no database; MB = 10^6 bytes of article text)\n")
	line("\tcores\tseconds\tarticles/s\tMB/s\tMB/s per core\t")
	for _, x := range []Rate{r.ExtractOne, r.ExtractAll} {
		line("\t%d\t%.2f\t%.0f\t%.2f\t%.2f\t", x.Workers, x.Seconds, x.ArticlesPerSec(), x.MBPerSec(), x.MBPerSec()/float64(x.Workers))
	}
	flush()

	fmt.Fprintf(w, "\nwrites: rows = one per entity and one per relationship of each article's extraction\n")
	fmt.Fprintf(w, "        (%d = %d entity rows + %d relationship rows; Article nodes and MENTIONS not counted)\n", r.Rows, r.EntityRows, r.RelationRows)
	line("\t\tseconds\trows/s\tarticles/s\t")
	line("\traw: %s, %d rows/tx, empty database\t%.2f\t%.0f\t%.0f\t", graph.RawWriteQuery, r.RawBatch, r.RawSeconds, r.RawRowsPerSec(), per(float64(r.Articles), r.RawSeconds))
	line("\tkg ingest end to end (read, extract, write; %d articles/tx), empty database\t%.2f\t%.0f\t%.0f\t", r.Batch, r.IngestSeconds, r.IngestRowsPerSec(), per(float64(r.Articles), r.IngestSeconds))
	line("\tsecond kg ingest of the same corpus\t%.2f\t\t%.0f\t", r.ReingestSeconds, per(float64(r.Articles), r.ReingestSeconds))
	flush()
	fmt.Fprintf(w, "  ingest_vs_raw = ingest rows/s / raw rows/s = %.3f\n", r.IngestVsRaw())
	same := "yes"
	if !r.Graph.Equal(r.Regraph) {
		same = "NO"
	}
	fmt.Fprintf(w, "  second ingest: %.1fx faster than the first, %d articles unchanged, graph unchanged: %s\n", r.ReingestSpeedup(), r.Unchanged, same)
	fmt.Fprintf(w, "    after the first:  %s\n    after the second: %s\n", r.Graph, r.Regraph)

	r.writeQueries(w)

	fmt.Fprintf(w, "\npeak RSS of this process (VmHWM; it generated, extracted, ingested and queried): %.1f MB\n", r.PeakRSSMB)

	fmt.Fprintf(w, "\nplanted facts recovered by the extractor (ingest.Compare against the generator's facts)\n")
	line("\tfact\trecall\tprecision\tfound\tspurious\tmissed\t")
	for _, k := range factTypes {
		s := r.Recall[k]
		line("\t%s\t%.4f\t%.4f\t%d\t%d\t%d\t", k, s.Recall(), s.Precision(), s.TP, s.FP, s.FN)
	}
	flush()
	fmt.Fprintln(w)
}

// WriteReport prints the table for people, then the figures as one line of
// JSON for scripts.
func (r *Report) WriteReport(w io.Writer) error {
	r.WriteTable(w)
	_, err := fmt.Fprintf(w, "%s\n", r.JSON())
	return err
}

// WriteQueries prints the query timings alone.
func (r *Report) WriteQueries(w io.Writer) {
	r.writeQueries(w)
}

func (r *Report) writeQueries(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "\nprepared queries on the ingested graph (%d timed runs each, after %d untimed runs each with other parameters; parameters drawn from the graph)\n", runsOf(r.Queries), warmup)
	fmt.Fprintf(tw, "\tquery\tp50 ms\tp95 ms\tmax ms\trows/run\truns with no row\t\n")
	for _, q := range r.Queries {
		fmt.Fprintf(tw, "\t%s\t%.2f\t%.2f\t%.2f\t%.1f\t%d\t\n", q.Name, q.P50Ms, q.P95Ms, q.MaxMs, q.MeanRows, q.EmptyRuns)
	}
	tw.Flush()
}

func runsOf(qs []QueryTiming) int {
	if len(qs) == 0 {
		return 0
	}
	return qs[0].Runs
}
