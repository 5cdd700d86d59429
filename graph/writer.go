package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"kg/model"
)

// WriteResult counts what one Write did.
type WriteResult struct {
	Articles      int // articles written
	Skipped       int // articles already in the graph (or twice in the batch), left untouched
	Nodes         int // nodes merged: distinct entities plus new articles
	Relationships int // relationships merged: distinct facts plus MENTIONS
}

// Add adds the counts of o to r.
func (r *WriteResult) Add(o WriteResult) {
	r.Articles += o.Articles
	r.Skipped += o.Skipped
	r.Nodes += o.Nodes
	r.Relationships += o.Relationships
}

// Check reports whether ex can be written: it has an article id, every
// entity has a known label and a key, and every relation has a known type
// and both endpoints among the entities.
func Check(ex model.Extraction) error {
	if ex.Article.ID == "" {
		return fmt.Errorf("article from %q has no id", ex.Article.Source)
	}
	labels, err := entityLabels(ex)
	if err != nil {
		return err
	}
	for _, rel := range ex.Relations {
		if !slices.Contains(model.RelTypes, rel.Type) {
			return fmt.Errorf("article %s (%s): unknown relationship type %q", ex.Article.ID, ex.Article.Source, rel.Type)
		}
		for _, end := range []string{rel.From, rel.To} {
			if labels[end] == "" {
				return fmt.Errorf("article %s (%s): %s %s->%s: no entity with key %q", ex.Article.ID, ex.Article.Source, rel.Type, rel.From, rel.To, end)
			}
		}
	}
	return nil
}

// entityLabels maps each entity key of ex to its label.
func entityLabels(ex model.Extraction) (map[string]string, error) {
	labels := make(map[string]string, len(ex.Entities))
	for _, e := range ex.Entities {
		if !slices.Contains(model.Labels, e.Label) {
			return nil, fmt.Errorf("article %s (%s): entity %q has unknown label %q", ex.Article.ID, ex.Article.Source, e.Key, e.Label)
		}
		if e.Key == "" {
			return nil, fmt.Errorf("article %s (%s): %s entity %q has no key", ex.Article.ID, ex.Article.Source, e.Label, e.Name)
		}
		if l, ok := labels[e.Key]; ok && l != e.Label {
			return nil, fmt.Errorf("article %s (%s): key %q is both %s and %s", ex.Article.ID, ex.Article.Source, e.Key, l, e.Label)
		}
		labels[e.Key] = e.Label
	}
	return labels, nil
}

// Write merges the extractions into the graph in one transaction, following
// the merge rules of docs/DESIGN.md, standing facts included. Articles
// already in the graph are skipped, so writing the same extractions again
// changes nothing. A stream of batches is better written by a Writer.
func (s *Store) Write(ctx context.Context, exs []model.Extraction) (WriteResult, error) {
	b, err := NewBatch(exs)
	if err != nil {
		return WriteResult{}, err
	}
	return s.NewWriter(0).Write(ctx, b)
}

// A Batch is extractions checked and turned into the statements that write
// them, ready for a Writer. Building it is the writer's work on the
// client; a caller that prepares the next batch while the previous one is
// written keeps it off the database's critical path.
type Batch struct {
	exs      []model.Extraction
	nodes    int
	rels     int
	stmts    []statement
	standing standingFacts
}

// NewBatch checks the extractions (see Check) and builds their statements.
func NewBatch(exs []model.Extraction) (*Batch, error) {
	for _, ex := range exs {
		if err := Check(ex); err != nil {
			return nil, err
		}
	}
	b := &Batch{exs: exs}
	if distinctArticles(exs) {
		p := newPlan(exs)
		b.nodes, b.rels, b.stmts, b.standing = p.nodes, p.relationships, p.statements(), p.standingFacts()
	}
	return b, nil
}

// Extractions returns the extractions the batch writes.
func (b *Batch) Extractions() []model.Extraction { return b.exs }

// distinctArticles reports whether no article is twice in exs.
func distinctArticles(exs []model.Extraction) bool {
	seen := make(map[string]bool, len(exs))
	for _, ex := range exs {
		if seen[ex.Article.ID] {
			return false
		}
		seen[ex.Article.ID] = true
	}
	return true
}

// A Writer writes a stream of batches, each in its transaction, and holds
// back their standing facts (see standingFacts) to write them together
// every so many articles, and when flushed. Its methods must not be
// called concurrently.
type Writer struct {
	store   *Store
	every   int
	pending standingFacts // written articles' standing facts, not in the graph yet
}

// NewWriter returns a Writer that writes the standing facts of every
// articles at once, in the transaction of the batch that reaches that
// count; every <= 0 writes them with their own batch.
//
// Until then the articles are marked (pending_facts), so that a run that
// dies before Flush loses nothing: ingesting the same articles again
// writes their standing facts (see ExistingArticles).
func (s *Store) NewWriter(every int) *Writer {
	return &Writer{store: s, every: every}
}

// Write writes a batch as Store.Write does, except that its standing facts
// may wait for a later batch or Flush.
func (w *Writer) Write(ctx context.Context, b *Batch) (WriteResult, error) {
	if len(b.exs) == 0 {
		return WriteResult{}, nil
	}
	flush := len(w.pending.articles)+len(b.exs) >= w.every
	res, err := w.store.runWrite(ctx, b, &w.pending, flush, fmt.Sprintf("write %d articles (first %s, %q)", len(b.exs), b.exs[0].Article.ID, b.exs[0].Article.Source))
	if err != nil {
		return WriteResult{}, err
	}
	if res.flushed {
		w.pending = standingFacts{}
	} else {
		w.pending.add(res.deferred)
	}
	return res.WriteResult, nil
}

// ExistingArticles is Store.ExistingArticles: a Writer is all a pipeline
// needs.
func (w *Writer) ExistingArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	return w.store.ExistingArticles(ctx, ids)
}

// Flush writes the standing facts held back, if any.
func (w *Writer) Flush(ctx context.Context) error {
	if len(w.pending.articles) == 0 {
		return nil
	}
	if _, err := w.store.runWrite(ctx, &Batch{}, &w.pending, true, fmt.Sprintf("write the standing facts of %d articles", len(w.pending.articles))); err != nil {
		return err
	}
	w.pending = standingFacts{}
	return nil
}

// txResult is what one write transaction did.
type txResult struct {
	WriteResult
	deferred standingFacts // the batch's standing facts, when not flushed
	flushed  bool
}

// runWrite runs write in a managed transaction, and again when the
// connection was lost or a concurrent writer created one of its articles.
//
// A connection lost while committing leaves the commit in doubt: it may
// have landed. The run after it recognises the articles it finds that the
// lost attempt created (same article, same node: landed) and counts them
// as written, not as found; if it gives up instead, its error is a
// *CommitInDoubtError saying how many articles may have landed.
func (s *Store) runWrite(ctx context.Context, b *Batch, pending *standingFacts, flush bool, what string) (txResult, error) {
	start, pause := time.Now(), time.Second
	var cut map[string]int64 // articles of attempts whose commit was cut off -> their nodes
	for {
		var a attempt
		res, err := s.writeOnce(ctx, b, pending, flush, cut, &a)
		if err == nil {
			return res, nil
		}
		for id, node := range a.created {
			if cut == nil {
				cut = map[string]int64{}
			}
			cut[id] = node
		}
		// The driver retries transient failures itself, for RetryFor, but
		// not a connection lost while committing, since it cannot know
		// whether the commit landed. Here running the batch again is safe
		// (articles already in the graph are skipped), so it does.
		// Another writer created one of these articles after the check
		// for existing ones: run the batch again, and it is skipped.
		if errors.Is(err, errArticleExists) && ctx.Err() == nil && time.Since(start) < s.retryFor() {
			continue
		}
		var cerr *neo4j.ConnectivityError
		if errors.As(err, &cerr) && ctx.Err() == nil && time.Since(start)+pause < s.retryFor() {
			select {
			case <-time.After(pause):
			case <-ctx.Done():
			}
			pause *= 2
			continue
		}
		err = fmt.Errorf("%s: %w", what, err)
		if len(cut) > 0 && IsUnavailable(err) {
			err = &CommitInDoubtError{Articles: len(cut), Err: err}
		}
		return txResult{}, err
	}
}

// attempt is what one run of write tells the next: the Article nodes it
// created, by article id, when all its statements ran (only the commit
// was left).
type attempt struct{ created map[string]int64 }

// CommitInDoubtError is a write that gave up after the connection was lost
// while committing: Articles articles of it may be in the graph or not.
// Ingesting the same input again finds out (and completes them).
type CommitInDoubtError struct {
	Articles int
	Err      error
}

func (e *CommitInDoubtError) Error() string {
	return fmt.Sprintf("%v (the connection was lost while %d articles were committed: they may have landed)", e.Err, e.Articles)
}

func (e *CommitInDoubtError) Unwrap() error { return e.Err }

func (s *Store) writeOnce(ctx context.Context, b *Batch, pending *standingFacts, flush bool, cut map[string]int64, a *attempt) (txResult, error) {
	session := s.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	res, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		a.created = nil
		return write(ctx, tx, b, pending, flush, cut, a)
	})
	if err != nil {
		return txResult{}, err
	}
	return res.(txResult), nil
}

func (s *Store) retryFor() time.Duration {
	if s.cfg.RetryFor > 0 {
		return s.cfg.RetryFor
	}
	return DefaultRetryFor
}

// write runs inside the managed transaction; the driver may call it again
// after a transient failure, so it starts from scratch every time and
// changes neither b nor pending.
//
// It writes the articles of b the graph lacks, with their entities,
// MENTIONS and facts except the standing ones. Those, and the standing
// facts of articles of b that the graph has but marked pending (an earlier
// run died before writing them), are written with pending when flush is
// set, else returned as deferred.
//
// The articles it finds that an attempt whose commit was cut off created
// (cut: the same node) are that attempt's, and count as written. It
// records the Article nodes it creates in a, once all its statements ran.
func write(ctx context.Context, tx neo4j.ManagedTransaction, b *Batch, pending *standingFacts, flush bool, cut map[string]int64, a *attempt) (txResult, error) {
	exs := b.exs
	ids := make([]string, 0, len(exs))
	for _, ex := range exs {
		ids = append(ids, ex.Article.ID)
	}
	existing, err := existingArticles(ctx, tx, ids)
	if err != nil {
		return txResult{}, err
	}
	var r txResult
	fresh, unfinished, skipped := sortArticles(exs, existing)
	r.Skipped = skipped
	for id, st := range existing {
		if node, ok := cut[id]; ok && node == st.node {
			r.Articles++ // landed with the commit that was cut off
			r.Skipped--
		}
	}
	nodes, rels, stmts, standing := b.nodes, b.rels, b.stmts, b.standing
	if len(fresh) < len(exs) || stmts == nil {
		p := newPlan(fresh)
		nodes, rels, stmts, standing = p.nodes, p.relationships, p.statements(), p.standingFacts()
		if len(unfinished) > 0 {
			standing = newPlan(slices.Concat(fresh, unfinished)).standingFacts()
		}
	}
	nodeIDs := map[string]map[string]int64{}
	if len(fresh) > 0 {
		if err := runStatements(ctx, tx, stmts, nodeIDs); err != nil {
			return txResult{}, err
		}
		r.Articles += len(fresh)
		r.Nodes = nodes
		r.Relationships = rels
	}
	if flush {
		if err := writeStanding(ctx, tx, pending.with(standing), nodeIDs); err != nil {
			return txResult{}, err
		}
		r.flushed = true
	} else {
		r.deferred = standing
	}
	a.created = nodeIDs[model.LabelArticle]
	return r, nil
}

// sortArticles sorts the articles of exs by what the graph has of them
// (existing: id -> whether its standing facts are written): fresh ones it
// lacks, unfinished ones whose standing facts an earlier run left
// unwritten, and how many it skips (those it has, and repeats).
func sortArticles(exs []model.Extraction, existing map[string]articleState) (fresh, unfinished []model.Extraction, skipped int) {
	seen := map[string]bool{}
	for _, ex := range exs {
		st, ok := existing[ex.Article.ID]
		done := st.done
		switch {
		case seen[ex.Article.ID]:
			skipped++
			continue
		case ok && done:
			skipped++
		case ok:
			skipped++
			unfinished = append(unfinished, ex)
		default:
			fresh = append(fresh, ex)
		}
		seen[ex.Article.ID] = true
	}
	return fresh, unfinished, skipped
}

// runStatements runs the statements of a batch in tx, in order. An article
// that exists by the time it is created was written meanwhile by another
// writer (errArticleExists).
func runStatements(ctx context.Context, tx neo4j.ManagedTransaction, stmts []statement, nodeIDs map[string]map[string]int64) error {
	for _, st := range stmts {
		if err := st.run(ctx, tx, nodeIDs); err != nil {
			if st.articles && isConstraintViolation(err) {
				return fmt.Errorf("%s: %w: %w", st.what, errArticleExists, err)
			}
			return txError(st.what, err)
		}
	}
	return nil
}

// ExistingArticles returns which of the article ids are in the graph with
// all their facts. A caller may use it to skip extracting articles that
// would be skipped anyway; Write checks again in its transaction. An
// article whose standing facts a run that died left unwritten is not among
// them: writing it again writes them.
func (s *Store) ExistingArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	res, err := s.execute(ctx, existingQuery, map[string]any{"ids": ids}, ReadOnly)
	if err != nil {
		return nil, fmt.Errorf("find existing articles: %w", err)
	}
	existing := make(map[string]bool, len(res.Records))
	for _, rec := range res.Records {
		if id, ok := rec.Values[0].(string); ok && rec.Values[1] == true {
			existing[id] = true
		}
	}
	return existing, nil
}

const existingQuery = planOnce + "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.pending_facts IS NULL AS done, id(a) AS node"

// articleState is what the graph has of an article: whether its standing
// facts are written (done), and its node.
type articleState struct {
	done bool
	node int64
}

// existingArticles returns the articles of ids in the graph, by id.
func existingArticles(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]articleState, error) {
	res, err := tx.Run(ctx, existingQuery, map[string]any{"ids": ids})
	if err != nil {
		return nil, txError("find existing articles", err)
	}
	records, err := res.Collect(ctx)
	if err != nil {
		return nil, txError("find existing articles", err)
	}
	existing := make(map[string]articleState, len(records))
	for _, rec := range records {
		if id, ok := rec.Values[0].(string); ok {
			node, _ := rec.Values[2].(int64)
			existing[id] = articleState{done: rec.Values[1] == true, node: node}
		}
	}
	return existing, nil
}

// txError adds what was being done to err, unless the driver may retry
// err (a lost connection, a deadlock, a server restarting): the driver
// recognises those only as they are, so they are returned unchanged and
// the managed transaction runs again from scratch.
func txError(what string, err error) error {
	if neo4j.IsRetryable(err) {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}

// errArticleExists: an article of the batch was created by another
// writer after the batch checked which of its articles exist.
var errArticleExists = errors.New("an article of the batch was written meanwhile by another writer")

// isConstraintViolation reports whether err is a uniqueness constraint
// refusing a node.
func isConstraintViolation(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed"
}

// A statement is one UNWIND over rows of the same shape.
