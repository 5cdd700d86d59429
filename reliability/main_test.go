package reliability

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"kg/graph"
)

// The suite's own server. Its password is set when its data folder is
// first created and never changes.
const password = "kgpassword"

var (
	repoRoot string // the repository
	kgBin    string // the kg binary under test
	home     string // KG_NEO4J_HOME of the suite's server
	boltPort = envOr("KG_RELIABILITY_BOLT_PORT", "7688")
	httpPort = envOr("KG_RELIABILITY_HTTP_PORT", "7475")
	uri      = "bolt://127.0.0.1:" + boltPort
)

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// TestMain builds kg, takes the suite's lock (one run of the suite at a
// time per repository), starts the suite's Neo4j, runs the tests and stops
// the server. It never skips: without a server every test fails.
func TestMain(m *testing.M) {
	os.Exit(runSuite(m))
}

func runSuite(m *testing.M) int {
	var err error
	if repoRoot, err = filepath.Abs(".."); err != nil {
		return fatal("%v", err)
	}
	home = filepath.Join(repoRoot, ".neo4j", "reliability")
	if err := os.MkdirAll(home, 0o755); err != nil {
		return fatal("%v", err)
	}
	lock, err := os.OpenFile(filepath.Join(repoRoot, ".neo4j", "reliability.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fatal("%v", err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		fmt.Fprintln(os.Stderr, "reliability: another run of the suite holds .neo4j/reliability.lock; waiting for it...")
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
			return fatal("lock: %v", err)
		}
	}

	bin, err := os.MkdirTemp("", "kg-reliability-bin")
	if err != nil {
		return fatal("%v", err)
	}
	defer os.RemoveAll(bin)
	kgBin = filepath.Join(bin, "kg")
	build := exec.Command("go", "build", "-o", kgBin, "./cmd/kg")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		return fatal("go build ./cmd/kg: %v\n%s", err, out)
	}

	// The jars of the main server serve this one too; without them the
	// launcher gathers its own from Maven Central.
	if _, err := os.Lstat(filepath.Join(home, "lib")); errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(filepath.Join(repoRoot, ".neo4j", "lib", ".gathered")); err == nil {
			_ = os.Symlink(filepath.Join("..", "lib"), filepath.Join(home, "lib"))
		}
	}
	start := time.Now()
	if out, err := neo4jScript("up"); err != nil {
		return fatal("could not start the suite's Neo4j (scripts/neo4j.sh up with KG_NEO4J_HOME=%s, Bolt port %s): %v\n%s\n"+
			"It needs what `make neo4j-up` needs (a JDK 17+, Maven once); start it with: make neo4j-up, to see why", home, boltPort, err, out)
	}
	if serverPID() == 0 {
		return fatal("something else answers on Bolt port %s, not the suite's server; set KG_RELIABILITY_BOLT_PORT and KG_RELIABILITY_HTTP_PORT to free ports", boltPort)
	}
	fmt.Fprintf(os.Stderr, "reliability: Neo4j up on %s in %s\n", uri, time.Since(start).Round(100*time.Millisecond))
	code := m.Run()
	if os.Getenv("KG_RELIABILITY_KEEP_SERVER") == "" {
		if out, err := neo4jScript("down"); err != nil {
			fmt.Fprintf(os.Stderr, "reliability: stopping the suite's Neo4j: %v\n%s", err, out)
		}
	}
	return code
}

func fatal(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "reliability: "+format+"\n", args...)
	return 1
}

// neo4jScript runs scripts/neo4j.sh cmd for the suite's server.
func neo4jScript(cmd string) (string, error) {
	c := exec.Command("bash", filepath.Join(repoRoot, "scripts", "neo4j.sh"), cmd)
	c.Env = append(os.Environ(), "KG_NEO4J_HOME="+home, "NEO4J_BOLT_PORT="+boltPort, "NEO4J_HTTP_PORT="+httpPort, "NEO4J_PASSWORD="+password)
	out, err := c.CombinedOutput()
	return string(out), err
}

// serverPID is the pid of the suite's running server, or 0.
func serverPID() int {
	b, err := os.ReadFile(filepath.Join(home, "neo4j.pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || syscall.Kill(pid, 0) != nil {
		return 0
	}
	return pid
}

// boltOpen reports whether anything accepts connections on the Bolt port.
func boltOpen() bool {
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+boltPort, time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// killServer SIGKILLs the suite's server, as a crash or an OOM kill
// would, and waits until its port refuses connections.
func killServer(t *testing.T) {
	t.Helper()
	pid := serverPID()
	require.NotZero(t, pid, "the suite's server is not running")
	require.NoError(t, syscall.Kill(pid, syscall.SIGKILL))
	deadline := time.Now().Add(30 * time.Second)
	for boltOpen() {
		require.True(t, time.Now().Before(deadline), "Neo4j still answers 30 s after SIGKILL")
		time.Sleep(50 * time.Millisecond)
	}
}

// startServer starts the suite's server (after killServer) and waits
// until it answers.
func startServer(t *testing.T) {
	t.Helper()
	out, err := neo4jScript("up")
	require.NoError(t, err, "restart the suite's Neo4j:\n%s", out)
}

// ensureServer restarts the server when a test ends with it down.
func ensureServer(t *testing.T) {
	t.Cleanup(func() {
		if !boltOpen() || serverPID() == 0 {
			if out, err := neo4jScript("up"); err != nil {
				t.Errorf("could not start the suite's Neo4j again: %v\n%s", err, out)
			}
		}
	})
}

// result is the outcome of one kg run.
type result struct {
	code     int
	out, err string
	took     time.Duration
	maxRSS   int64 // bytes
}

func (r result) String() string {
	return fmt.Sprintf("exit %d after %s\nstdout:\n%s\nstderr:\n%s", r.code, r.took.Round(time.Millisecond), r.out, r.err)
}

// kgCmd prepares kg with args, connected to the suite's server through the
// environment, with a clean HOME and working directory so that no config
// file of the developer's is read. extraEnv entries override.
func kgCmd(ctx context.Context, t *testing.T, extraEnv []string, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.CommandContext(ctx, kgBin, args...)
	dir := t.TempDir()
	cmd.Dir = dir
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "HOME=") {
			env = append(env, kv)
		}
	}
	env = append(env, "HOME="+dir, "NEO4J_URI="+uri, "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD="+password)
	cmd.Env = append(env, extraEnv...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.WaitDelay = 5 * time.Second
	return cmd, &out, &errOut
}

// kg runs kg with args and waits for it, for at most two minutes.
func kg(t *testing.T, args ...string) result {
	t.Helper()
	return kgEnv(t, nil, args...)
}

func kgEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd, out, errOut := kgCmd(ctx, t, env, args...)
	start := time.Now()
	err := cmd.Run()
	return finish(t, ctx, cmd, err, out, errOut, time.Since(start))
}

func finish(t *testing.T, ctx context.Context, cmd *exec.Cmd, err error, out, errOut *bytes.Buffer, took time.Duration) result {
	t.Helper()
	require.NoError(t, ctx.Err(), "kg %v did not finish in time\nstdout:\n%s\nstderr:\n%s", cmd.Args[1:], out, errOut)
	r := result{out: out.String(), err: errOut.String(), took: took}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	default:
		t.Fatalf("run kg %v: %v", cmd.Args[1:], err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024
	}
	noPanic(t, r)
	return r
}

// noPanic fails the test when kg panicked or died of a signal.
func noPanic(t *testing.T, r result) {
	t.Helper()
	for _, s := range []string{"panic:", "goroutine ", "internal error", "SIGSEGV"} {
		require.NotContains(t, r.err, s, "kg panicked:\n%s", r)
	}
	require.NotEqual(t, -1, r.code, "kg died of a signal:\n%s", r)
}

// background starts kg; wait collects it.
type background struct {
	t       *testing.T
	ctx     context.Context
	cancel  context.CancelFunc
	cmd     *exec.Cmd
	out     *bytes.Buffer
	errOut  *bytes.Buffer
	start   time.Time
	done    chan error
	waitErr error
}

func kgStart(t *testing.T, args ...string) *background {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	cmd, out, errOut := kgCmd(ctx, t, nil, args...)
	b := &background{t: t, ctx: ctx, cancel: cancel, cmd: cmd, out: out, errOut: errOut, start: time.Now(), done: make(chan error, 1)}
	require.NoError(t, cmd.Start())
	go func() { b.done <- cmd.Wait() }()
	t.Cleanup(func() { cancel() })
	return b
}

// exited reports whether the process has ended, without waiting.
func (b *background) exited() bool {
	select {
	case err := <-b.done:
		b.waitErr = err
		b.done <- err
		return true
	default:
		return false
	}
}

func (b *background) wait() result {
	b.t.Helper()
	err := <-b.done
	b.done <- err
	defer b.cancel()
	return finish(b.t, b.ctx, b.cmd, err, b.out, b.errOut, time.Since(b.start))
}

// openStore connects the test itself to the suite's server.
func openStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{URI: uri, Username: "neo4j", Password: password, RetryFor: time.Minute})
	if err != nil {
		t.Fatalf("the suite's Neo4j is not reachable at %s: %v — start it with: make neo4j-up (the suite starts its own server from the same jars)", uri, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// emptyGraph empties the suite's database and applies the schema.
func emptyGraph(t *testing.T) *graph.Store {
	t.Helper()
	s := openStore(t)
	require.NoError(t, s.DeleteAll(context.Background()))
	require.NoError(t, s.ApplySchema(context.Background()))
	return s
}

// rows runs a read query.
func rows(t *testing.T, s *graph.Store, query string, params map[string]any) []map[string]any {
	t.Helper()
	_, rs, err := s.Cypher(context.Background(), query, params, graph.ReadOnly)
	require.NoError(t, err, query)
	return rs
}

func count(t *testing.T, s *graph.Store, query string) int64 {
	t.Helper()
	rs := rows(t, s, query, nil)
	require.Len(t, rs, 1, query)
	for _, v := range rs[0] {
		n, _ := v.(int64)
		return n
	}
	return 0
}

// stats is what `kg stats` prints, as "label Article" -> count.
func stats(t *testing.T) map[string]float64 {
	t.Helper()
	r := kg(t, "stats", "--format", "json")
	require.Equal(t, 0, r.code, r.String())
	var rs []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.out), &rs), r.out)
	m := map[string]float64{}
	for _, row := range rs {
		m[fmt.Sprint(row["kind"], " ", row["name"])] = row["count"].(float64)
	}
	return m
}

// dump is the whole graph as sorted lines, one per node and relationship,
// nodes named by label and key, every property as the graph holds it
// (lists in their order: the writer keeps them sorted, so that the graph
// does not depend on the order articles came in). It fails the test when
// a list property (sources, evidence, aliases) holds the same value twice.
// The properties named in skip ("Article.source") are left out.
func dump(t *testing.T, s *graph.Store, skip ...string) []string {
	t.Helper()
	var lines []string
	key := "labels(%[1]s)[0] + ':' + coalesce(%[1]s.key, %[1]s.iso2, %[1]s.id)"
	for _, q := range []string{
		"MATCH (n) RETURN labels(n)[0] AS label, " + fmt.Sprintf(key, "n") + " AS id, properties(n) AS props",
		"MATCH (a)-[r]->(b) RETURN type(r) AS label, " + fmt.Sprintf(key, "a") + " + ' -[' + type(r) + ']-> ' + " + fmt.Sprintf(key, "b") + " AS id, properties(r) AS props",
	} {
		for _, row := range rows(t, s, q, nil) {
			props, _ := row["props"].(map[string]any)
			for k, v := range props {
				if slices.Contains(skip, fmt.Sprint(row["label"], ".", k)) {
					delete(props, k)
					continue
				}
				if list, ok := v.([]any); ok {
					seen := map[string]bool{}
					for _, x := range list {
						s := fmt.Sprint(x)
						require.False(t, seen[s], "%s: %s holds %q twice", row["id"], k, s)
						seen[s] = true
					}
				}
			}
			b, err := json.Marshal(props)
			require.NoError(t, err)
			lines = append(lines, fmt.Sprint(row["id"], " ", string(b)))
		}
	}
	sort.Strings(lines)
	return lines
}

// requireSameGraph compares two dumps and shows the first differences.
func requireSameGraph(t *testing.T, want, got []string, msg string) {
	t.Helper()
	if len(want) == len(got) {
		same := true
		for i := range want {
			if want[i] != got[i] {
				same = false
				break
			}
		}
		if same {
			return
		}
	}
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	for _, l := range got {
		g[l] = true
	}
	var diff []string
	for _, l := range want {
		if !g[l] && len(diff) < 10 {
			diff = append(diff, "- "+shorten(l))
		}
	}
	for _, l := range got {
		if !w[l] && len(diff) < 20 {
			diff = append(diff, "+ "+shorten(l))
		}
	}
	t.Fatalf("%s: the graphs differ (%d lines vs %d); first differences (- clean run, + this run):\n%s", msg, len(want), len(got), strings.Join(diff, "\n"))
}

func shorten(s string) string {
	if len(s) > 400 {
		return s[:400] + "..."
	}
	return s
}

// fixtureTexts are the fixture articles.
func fixtureTexts(t *testing.T) map[string][]byte {
	t.Helper()
	dir := filepath.Join(repoRoot, "fixtures", "articles")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	texts := map[string][]byte{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			require.NoError(t, err)
			texts[strings.TrimSuffix(e.Name(), ".txt")] = b
		}
	}
	require.NotEmpty(t, texts)
	return texts
}

// writeCorpus writes copies first..last-1 of every fixture article into
// dir, each with a line of its own appended, so each is a distinct article
// (its id comes from its text) stating the same facts.
func writeCorpus(t *testing.T, dir string, first, last int) {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for name, text := range fixtureTexts(t) {
		for i := first; i < last; i++ {
			body := append(bytes.Clone(text), fmt.Sprintf("\n\nMã tin: %06d.\n", i)...)
			require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s_%06d.txt", name, i)), body, 0o644))
		}
	}
}

// summary parses kg ingest's last line.
type summary struct{ read, ingested, unchanged, skipped, failed int }

func parseSummary(t *testing.T, out string) summary {
	t.Helper()
	var s summary
	lines := strings.Split(strings.TrimSpace(out), "\n")
	_, err := fmt.Sscanf(lines[len(lines)-1], "read %d, ingested %d, unchanged %d, skipped %d, failed %d", &s.read, &s.ingested, &s.unchanged, &s.skipped, &s.failed)
	require.NoError(t, err, "no summary line in %q", out)
	return s
}
