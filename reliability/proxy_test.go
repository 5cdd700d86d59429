package reliability

import (
	"bytes"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// commitCutter is a TCP proxy in front of the suite's real Neo4j that
// cuts one commit off: it forwards every connection as it is, counts the
// commits of transactions that create Article nodes, and when the one it
// waits for has been answered by the server (so it landed), closes that
// connection instead of passing the answer on. kg sees the connection lost
// while committing, without knowing whether the commit landed: what a
// server killed at that moment, or a network failure, does. Then, if
// refuse is set, it turns every new connection away, as a server that
// stays down.
//
// It reads the client's Bolt messages as bytes only: a COMMIT is the chunk
// 00 02 B0 12 00 00 (a two-byte chunk holding a struct of no fields with
// signature 0x12, then the end of the message), and a transaction creates
// articles when its statements hold "CREATE (a:Article" (graph's
// articleQuery).
type commitCutter struct {
	t      *testing.T
	ln     net.Listener
	target string
	cutAt  int32 // the commit to cut, from 1
	refuse atomic.Bool

	commits atomic.Int32 // commits of article-creating transactions seen
	cut     atomic.Bool  // the commit was cut
	wg      sync.WaitGroup
}

var (
	commitChunk  = []byte{0x00, 0x02, 0xB0, 0x12, 0x00, 0x00}
	createsMark  = []byte("CREATE (a:Article")
	longestMatch = max(len(commitChunk), len(createsMark))
)

// startCommitCutter proxies to the suite's server and cuts the cutAt-th
// commit of a transaction that creates articles; with refuse, it turns
// connections away from then on.
func startCommitCutter(t *testing.T, cutAt int, refuse bool) *commitCutter {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	c := &commitCutter{t: t, ln: ln, target: "127.0.0.1:" + boltPort, cutAt: int32(cutAt)}
	c.refuse.Store(refuse)
	go c.accept()
	t.Cleanup(func() { ln.Close(); c.wg.Wait() })
	return c
}

// uri is the proxy's Bolt URI.
func (c *commitCutter) uri() string { return "bolt://" + c.ln.Addr().String() }

// allow lets connections through again.
func (c *commitCutter) allow() { c.refuse.Store(false) }

func (c *commitCutter) accept() {
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		if c.cut.Load() && c.refuse.Load() {
			client.Close()
			continue
		}
		server, err := net.Dial("tcp", c.target)
		if err != nil {
			client.Close()
			continue
		}
		c.wg.Add(1)
		go c.serve(client, server)
	}
}

// serve forwards one connection both ways until either side closes it, or
// until it is the one whose commit is cut.
func (c *commitCutter) serve(client, server net.Conn) {
	defer c.wg.Done()
	var cutting atomic.Bool // this connection's commit is the one to cut
	closeBoth := func() { client.Close(); server.Close() }
	go func() { // server -> client
		buf := make([]byte, 64<<10)
		for {
			n, err := server.Read(buf)
			if cutting.Load() {
				// The server answered the commit: it landed. The answer
				// never reaches the client.
				c.cut.Store(true)
				closeBoth()
				return
			}
			if n > 0 {
				if _, werr := client.Write(buf[:n]); werr != nil {
					closeBoth()
					return
				}
			}
			if err != nil {
				closeBoth()
				return
			}
		}
	}()
	// client -> server
	buf := make([]byte, 64<<10)
	var tail []byte // the end of what came before, for a match across reads
	creates := false
	for {
		n, err := client.Read(buf)
		if n > 0 {
			seen := append(tail, buf[:n]...)
			if bytes.Contains(seen, createsMark) {
				creates = true
			}
			tail = append([]byte{}, seen[max(0, len(seen)-longestMatch):]...)
			if creates && !c.cut.Load() && bytes.Contains(seen, commitChunk) {
				creates, tail = false, nil // counted: not again with the next read
				if c.commits.Add(1) == c.cutAt {
					cutting.Store(true)
				}
			}
			if _, werr := server.Write(buf[:n]); werr != nil {
				closeBoth()
				return
			}
		}
		if err != nil {
			if err != io.EOF {
				closeBoth()
			}
			server.Close()
			return
		}
	}
}
