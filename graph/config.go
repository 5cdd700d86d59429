// Package graph writes extractions into Neo4j and reads them back: the
// connection, the schema, the idempotent batch writer, counts and the
// prepared queries of package cypher. It knows nothing of any language;
// what it writes is model.Extraction.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says where Neo4j is and who we are there.
type Config struct {
	URI      string // bolt://, neo4j://, bolt+s://, neo4j+s://, ...
	Username string
	Password string
	Database string // "" for the server's default database

	// RetryFor bounds how long a transaction is retried after transient
	// failures (a lost connection, a deadlock, a server restarting), with
	// exponential backoff; 0 means DefaultRetryFor.
	RetryFor time.Duration
	// ConnectTimeout bounds connecting (TCP, TLS and Bolt handshakes, and
	// authentication) when opening; 0 means DefaultConnectTimeout.
	ConnectTimeout time.Duration
}

// Defaults of Config.
const (
	DefaultRetryFor       = 30 * time.Second
	DefaultConnectTimeout = 15 * time.Second
)

// Display is the URI without any user:password part, for messages.
func (c Config) Display() string {
	return RedactURI(c.URI)
}

// RedactURI removes the user information (user:password@) from a URI, so
// that it can be shown.
func RedactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		if at := strings.LastIndex(uri, "@"); at >= 0 {
			if scheme := strings.Index(uri, "://"); scheme >= 0 && scheme < at {
				return uri[:scheme+3] + "***@" + uri[at+1:]
			}
			return "***@" + uri[at+1:]
		}
		return uri
	}
	if u.User != nil {
		u.User = nil
		return strings.Replace(u.String(), "://", "://***@", 1)
	}
	return uri
}

// Store is a connection to one Neo4j database. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// Open connects to the server cfg names and checks that it answers and
// accepts the credentials.
//
// The URI scheme picks the transport, as the driver defines it: bolt://
// (one server), neo4j:// (routing, which also works against one server),
// and with +s (TLS, certificates checked against the system's) or +ssc
// (TLS, any certificate).
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.RetryFor <= 0 {
		cfg.RetryFor = DefaultRetryFor
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""), func(c *config.Config) {
		c.MaxTransactionRetryTime = cfg.RetryFor
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
	})
	if err != nil {
		return nil, fmt.Errorf("bad Neo4j URI %s: %v", cfg.Display(), redact(err, cfg))
	}
	vctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		driver.Close(ctx)
		if ctx.Err() == nil && vctx.Err() != nil {
			err = fmt.Errorf("no answer within %s (--connect-timeout): %w", cfg.ConnectTimeout, err)
		}
		return nil, connectError(cfg, err)
	}
	return &Store{driver: driver, cfg: cfg}, nil
}

// connectError turns a failed connectivity check into one line that says
// what to do about it. It never shows the password.
func connectError(cfg Config, err error) error {
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case nerr.IsAuthenticationFailed():
			return fmt.Errorf("authentication failed for user %q at %s: wrong user name or password (set NEO4J_USERNAME and NEO4J_PASSWORD, or --username and --password)", cfg.Username, cfg.Display())
		case nerr.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
			return fmt.Errorf("authentication failed for user %q at %s: too many wrong passwords in a row, the server refuses logins for a few seconds (check NEO4J_PASSWORD, then try again)", cfg.Username, cfg.Display())
		}
	}
	msg := oneLine(redact(err, cfg))
	if tlsScheme(cfg.URI) && (strings.Contains(msg, "TLS") || strings.Contains(msg, "tls:") || strings.Contains(msg, "x509") || strings.Contains(msg, "certificate")) {
		return fmt.Errorf("TLS connection to %s failed (%s): the server must have TLS enabled for +s and +ssc URIs; a local server without TLS takes bolt:// or neo4j://", cfg.Display(), msg)
	}
	if IsUnavailable(err) {
		return fmt.Errorf("Neo4j is not reachable at %s (%s): start one with `make neo4j-up`, or check --uri / NEO4J_URI", cfg.Display(), msg)
	}
	return fmt.Errorf("connect to Neo4j at %s: %s", cfg.Display(), msg)
}

// tlsScheme reports whether uri asks for TLS.
func tlsScheme(uri string) bool {
	scheme, _, _ := strings.Cut(uri, "://")
	return strings.HasSuffix(scheme, "+s") || strings.HasSuffix(scheme, "+ssc")
}

// redact returns the text of err without the password and the URI's user
// information, should a driver ever echo them.
func redact(err error, cfg Config) string {
	msg := err.Error()
	if cfg.URI != cfg.Display() {
		msg = strings.ReplaceAll(msg, cfg.URI, cfg.Display())
	}
	if cfg.Password != "" {
		msg = strings.ReplaceAll(msg, cfg.Password, "***")
	}
	return msg
}

// oneLine joins the lines of s.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// IsUnavailable reports whether err means the server cannot be reached, as
// opposed to a query or data problem.
func IsUnavailable(err error) bool {
	var cerr *neo4j.ConnectivityError
	var lerr *neo4j.TransactionExecutionLimit
	return errors.As(err, &cerr) || errors.As(err, &lerr) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// session opens a session that fetches every record of a result at once:
// kg reads whole results, and the driver's default of 1,000 records per
// fetch cost a round trip to the server for every thousand node ids a
// write statement returns, while the server's one writer waited.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode, FetchSize: neo4j.FetchAll})
}

// AccessMode says whether a transaction may change the graph.
type AccessMode int

const (
	// ReadOnly transactions are READ: the server refuses any write in them.
	ReadOnly AccessMode = iota
	// ReadWrite transactions may change the graph.
	ReadWrite
)

// driverMode is the driver's name for m.
func (m AccessMode) driverMode() neo4j.AccessMode {
	if m == ReadWrite {
		return neo4j.AccessModeWrite
	}
	return neo4j.AccessModeRead
}

// execute runs one auto-routed query in a transaction of mode and returns
// all its records.
func (s *Store) execute(ctx context.Context, query string, params map[string]any, mode AccessMode) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(s.cfg.Database)}
	if mode == ReadOnly {
		opts = append(opts, neo4j.ExecuteQueryWithReadersRouting())
	}
	return neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer, opts...)
}
