#!/usr/bin/env bash
# Run a real Neo4j 5.26 Community server locally, without Docker, from Maven Central
# artifacts and the installed JDK (17+). See `scripts/neo4j.sh --help`.
#
# Layout under $KG_NEO4J_HOME (default: <repo root>/.neo4j, gitignored):
#   lib/          the server's jars (gathered once by Maven, then reused)
#   conf/         neo4j.conf (rewritten on every start)
#   data/         databases and transaction logs (kept across restarts; `wipe` deletes it)
#   logs/         console.log (the JVM's stdout/stderr), neo4j.log, debug.log, ...
#   import/       the folder LOAD CSV reads from
#   neo4j.pid     the server's process id while it runs
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd -P)"
POM="$SCRIPT_DIR/neo4j/pom.xml"

KG_NEO4J_HOME="${KG_NEO4J_HOME:-$REPO_ROOT/.neo4j}"
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
NEO4J_PASSWORD="${NEO4J_PASSWORD:-kgpassword}"
KG_NEO4J_TIMEOUT="${KG_NEO4J_TIMEOUT:-180}"
KG_NEO4J_STOP_TIMEOUT="${KG_NEO4J_STOP_TIMEOUT:-60}"
KG_NEO4J_HEAP="${KG_NEO4J_HEAP:-1g}"
KG_NEO4J_PAGECACHE="${KG_NEO4J_PAGECACHE:-512m}"

SERVER_CLASS=org.neo4j.server.CommunityEntryPoint
ADMIN_CLASS=org.neo4j.cli.AdminTool
BROWSER_URL="http://localhost:${NEO4J_HTTP_PORT}/browser/"
BOLT_URI="bolt://localhost:${NEO4J_BOLT_PORT}"

say() { printf 'neo4j: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

usage() {
  cat >&2 <<EOF
usage: scripts/neo4j.sh <command>

Runs a local Neo4j 5.26 Community server (no Docker) from Maven Central artifacts.

commands:
  up        start the server in the background and wait until Bolt answers
            (reuses a server that already answers Bolt on port ${NEO4J_BOLT_PORT})
  down      stop the server started by this script (SIGTERM, then SIGKILL after
            \$KG_NEO4J_STOP_TIMEOUT s)
  status    print whether it runs; exit 0 if up, 3 if down
  restart   down, then up
  wipe      down, then delete the data folder (keeps the jars in lib/)
  -h|--help this text

environment (defaults in brackets):
  KG_NEO4J_HOME      where lib/, conf/, data/, logs/ live  [<repo root>/.neo4j]
  NEO4J_PASSWORD     initial password of user neo4j, set on a fresh data folder
                     only (min. 8 characters)               [kgpassword]
  NEO4J_BOLT_PORT    Bolt port on 127.0.0.1                 [7687]
  NEO4J_HTTP_PORT    HTTP port on 127.0.0.1 (Browser)       [7474]
  KG_NEO4J_TIMEOUT   seconds to wait for the server to come up [180]
  KG_NEO4J_STOP_TIMEOUT seconds to wait for it to stop      [60]
  KG_NEO4J_HEAP      JVM heap (-Xms/-Xmx)                   [1g]
  KG_NEO4J_PAGECACHE page cache size                        [512m]

needs: java 17+ on PATH; mvn on PATH for the first start (gathers ~125 MB of jars).
EOF
}

# ---------------------------------------------------------------------------
# helpers

# Absolute paths everywhere: the server and admin tool must not depend on the cwd.
abs_home() {
  KG_NEO4J_HOME="$(realpath -m -- "$KG_NEO4J_HOME")"
  LIB_DIR="$KG_NEO4J_HOME/lib"
  CONF_DIR="$KG_NEO4J_HOME/conf"
  DATA_DIR="$KG_NEO4J_HOME/data"
  LOGS_DIR="$KG_NEO4J_HOME/logs"
  IMPORT_DIR="$KG_NEO4J_HOME/import"
  PID_FILE="$KG_NEO4J_HOME/neo4j.pid"
  CONSOLE_LOG="$LOGS_DIR/console.log"
}

check_port_number() {
  local name=$1 value=$2
  [[ "$value" =~ ^[0-9]+$ ]] && ((value > 0 && value < 65536)) \
    || die "$name must be a TCP port number, got '$value'"
}

check_java() {
  command -v java >/dev/null 2>&1 \
    || die "java not found on PATH; install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
  local line version major
  line="$(java -version 2>&1 | grep -m1 -E 'version "' || true)"
  version="$(sed -E 's/.*version "([^"]+)".*/\1/' <<<"$line")"
  [[ -n "$line" && -n "$version" ]] || die "cannot read the Java version from 'java -version'"
  if [[ "$version" == 1.* ]]; then
    major="$(cut -d. -f2 <<<"$version")"        # 1.8.0_392 -> 8
  else
    major="$(sed -E 's/^([0-9]+).*/\1/' <<<"$version")"  # 17.0.15 -> 17, 21-ea -> 21
  fi
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot read the Java version from '$line'"
  ((major >= 17)) \
    || die "Neo4j 5.26 needs Java 17 or newer; 'java' on PATH ($(command -v java)) is version $version"
}

# True when a server on 127.0.0.1:$1 completes a Bolt handshake (not merely an open port).
bolt_answers() {
  local port=$1 reply
  # Magic 0x6060B017, then four proposals: 5.8 down to 5.0, 4.4, none, none.
  reply="$(timeout 3 bash -c '
      exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
      printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
      head -c 4 <&3 | od -An -tx1 | tr -d " \n"
    ' _ "$port" 2>/dev/null)" || return 1
  [[ ${#reply} -eq 8 && "$reply" != 00000000 ]]
}

# True when anything accepts a TCP connection on 127.0.0.1:$1.
port_open() {
  timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

http_answers() {
  command -v curl >/dev/null 2>&1 || return 0   # no curl: Bolt alone decides
  curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:${NEO4J_HTTP_PORT}/" 2>/dev/null
}

# True when $1 is a live process running our server for this home.
is_our_server() {
  local pid=$1 cmdline
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0    # no /proc: trust the pid file
  cmdline="$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/cmdline" || true)"
  grep -qxF -- "$SERVER_CLASS" <<<"$cmdline" && grep -qxF -- "--home-dir=$KG_NEO4J_HOME" <<<"$cmdline"
}

# Prints the pid of our running server (from the pid file, else by looking for a java
# process whose arguments name this very home), or nothing.
server_pid() {
  local pid=""
  if [[ -f "$PID_FILE" ]]; then
    pid="$(tr -dc '0-9' <"$PID_FILE" || true)"
    if is_our_server "$pid"; then echo "$pid"; return 0; fi
  fi
  if [[ -d /proc ]]; then
    local f p
    for f in /proc/[0-9]*/cmdline; do
      p="${f#/proc/}"; p="${p%/cmdline}"
      if { tr '\0' '\n' <"$f"; } 2>/dev/null | grep -qxF -- "--home-dir=$KG_NEO4J_HOME" \
         && is_our_server "$p"; then
        echo "$p"; return 0
      fi
    done
  fi
  return 0
}

show_log_tail() {
  local f
  for f in "$CONSOLE_LOG" "$LOGS_DIR/neo4j.log"; do
    if [[ -s "$f" ]]; then
      say "last 30 lines of $f:"
      tail -n 30 -- "$f" | sed 's/^/    /' >&2
    fi
  done
}

pom_digest() { cksum <"$POM" | cut -d' ' -f1; }

# Gathers the jars into lib/ once; later starts reuse them. A changed pom.xml (new
# version) gathers again, which Maven's local cache makes quick for unchanged jars.
gather_jars() {
  local marker="$LIB_DIR/.gathered" want
  want="$(pom_digest)"
  if [[ -f "$marker" && "$(cat "$marker")" == "$want" ]] && compgen -G "$LIB_DIR/neo4j-*.jar" >/dev/null; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 \
    || die "mvn not found on PATH; Maven is needed once to gather the Neo4j jars into $LIB_DIR"
  local tmp="$KG_NEO4J_HOME/lib.tmp.$$" t0=$SECONDS
  rm -rf -- "$tmp"
  say "gathering Neo4j jars from Maven Central into $LIB_DIR (first start only; ~125 MB)..."
  # -q prints only problems; strip the colour codes Maven 3.8 emits even then.
  if ! mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DoutputDirectory="$tmp" 2>&1 \
       | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; then
    rm -rf -- "$tmp"
    die "Maven could not gather the jars (see above); is Maven Central reachable?"
  fi
  compgen -G "$tmp/neo4j-*.jar" >/dev/null || { rm -rf -- "$tmp"; die "Maven produced no Neo4j jars in $tmp"; }
  echo "$want" >"$tmp/.gathered"
  rm -rf -- "$LIB_DIR"
  mv -- "$tmp" "$LIB_DIR"
  say "gathered $(find "$LIB_DIR" -name '*.jar' | wc -l) jars ($(du -sh "$LIB_DIR" | cut -f1)) in $((SECONDS - t0)) s"
}

write_conf() {
  mkdir -p -- "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$IMPORT_DIR" "$KG_NEO4J_HOME/run" "$KG_NEO4J_HOME/plugins"
  local tmp="$CONF_DIR/neo4j.conf.tmp"
  cat >"$tmp" <<EOF
# Written by scripts/neo4j.sh on every start; edits here are overwritten.
# Neo4j 5.26 Community, local development server.

# Network: loopback only.
server.default_listen_address=127.0.0.1
server.default_advertised_address=localhost
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:${NEO4J_BOLT_PORT}
server.bolt.advertised_address=localhost:${NEO4J_BOLT_PORT}
server.http.enabled=true
server.http.listen_address=127.0.0.1:${NEO4J_HTTP_PORT}
server.http.advertised_address=localhost:${NEO4J_HTTP_PORT}
server.https.enabled=false

# Folders (absolute, so nothing depends on the working directory).
server.directories.data=${DATA_DIR}
server.directories.logs=${LOGS_DIR}
server.directories.import=${IMPORT_DIR}
server.directories.plugins=${KG_NEO4J_HOME}/plugins
server.directories.run=${KG_NEO4J_HOME}/run
server.directories.lib=${LIB_DIR}

# Memory. The heap is applied by scripts/neo4j.sh as -Xms/-Xmx (the server is started
# as a plain java process, not through Neo4j's own launcher); listed here for reference.
server.memory.heap.initial_size=${KG_NEO4J_HEAP}
server.memory.heap.max_size=${KG_NEO4J_HEAP}
server.memory.pagecache.size=${KG_NEO4J_PAGECACHE}

# Security: authentication on; the initial password is set by
# 'AdminTool dbms set-initial-password' before the first start of a fresh data folder.
dbms.security.auth_enabled=true

# Let LOAD CSV read files from the import folder only.
dbms.security.allow_csv_import_from_file_urls=true

# Keep transaction logs small on a development machine: at most about 1 GB,
# pruned at each checkpoint. ("1 days" kept every log of the day: a few
# runs of kg bench --articles 100000 wrote tens of gigabytes of them.)
db.tx_log.rotation.retention_policy=1G size

# No usage reporting from a developer machine.
dbms.usage_report.enabled=false
EOF
  mv -- "$tmp" "$CONF_DIR/neo4j.conf"
}

# The JVM options Neo4j's own launcher would add (from its default neo4j.conf).
jvm_opts() {
  JVM_OPTS=(
    "-Xms${KG_NEO4J_HEAP}" "-Xmx${KG_NEO4J_HEAP}"
    -XX:+UseG1GC
    -XX:-OmitStackTraceInFastThrow
    -XX:+UnlockExperimentalVMOptions
    -XX:+TrustFinalNonStaticFields
    -XX:+DisableExplicitGC
    -XX:+ExitOnOutOfMemoryError
    -Djdk.nio.maxCachedBufferSize=1024
    -Dio.netty.tryReflectionSetAccessible=true
    -Djdk.tls.ephemeralDHKeySize=2048
    -Djdk.tls.rejectClientInitiatedRenegotiation=true
    -XX:FlightRecorderOptions=stackdepth=256
    -XX:+UnlockDiagnosticVMOptions
    -XX:+DebugNonSafepoints
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    -Dlog4j2.disable.jmx=true
    -Dfile.encoding=UTF-8
  )
}

# A fresh data folder (no system database yet) gets the initial password.
set_initial_password() {
  [[ -d "$DATA_DIR/databases/system" ]] && return 0
  ((${#NEO4J_PASSWORD} >= 8)) || die "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)"
  local out
  if ! out="$(NEO4J_HOME="$KG_NEO4J_HOME" NEO4J_CONF="$CONF_DIR" \
              java -Xmx256m -cp "$LIB_DIR/*" "$ADMIN_CLASS" \
              dbms set-initial-password "$NEO4J_PASSWORD" 2>&1)"; then
    say "setting the initial password failed:"
    printf '%s\n' "${out//"$NEO4J_PASSWORD"/********}" | sed 's/^/    /' >&2
    exit 1
  fi
  say "fresh data folder: initial password of user 'neo4j' set (from NEO4J_PASSWORD, default kgpassword)"
}

wait_until_up() {
  local pid=$1 t0=$SECONDS bolt=no
  say "waiting up to ${KG_NEO4J_TIMEOUT} s for Bolt on 127.0.0.1:${NEO4J_BOLT_PORT}..."
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f -- "$PID_FILE"
      say "error: the server (pid $pid) exited during start-up"
      show_log_tail
      exit 1
    fi
    if [[ $bolt == no ]] && bolt_answers "$NEO4J_BOLT_PORT"; then bolt=yes; fi
    if [[ $bolt == yes ]] && http_answers; then
      say "up after $((SECONDS - t0)) s (pid $pid)"
      return 0
    fi
    if ((SECONDS - t0 >= KG_NEO4J_TIMEOUT)); then
      say "error: not up after ${KG_NEO4J_TIMEOUT} s (pid $pid still runs; 'scripts/neo4j.sh down' stops it)"
      show_log_tail
      exit 1
    fi
    sleep 1
  done
}

print_ready() {
  say "ready: Bolt $BOLT_URI (user neo4j)  Browser $BROWSER_URL"
}

# ---------------------------------------------------------------------------
# commands

cmd_up() {
  local pid
  pid="$(server_pid)"
  if bolt_answers "$NEO4J_BOLT_PORT"; then
    if [[ -n "$pid" ]]; then
      say "already running (pid $pid); reusing it"
    else
      say "something already answers Bolt on 127.0.0.1:${NEO4J_BOLT_PORT} (not started from $KG_NEO4J_HOME); reusing it"
    fi
    print_ready
    return 0
  fi
  if [[ -n "$pid" ]]; then
    # Ours, still starting: wait for it rather than start a second one.
    say "a server from $KG_NEO4J_HOME is already starting (pid $pid)"
    wait_until_up "$pid"
    print_ready
    return 0
  fi
  if port_open "$NEO4J_BOLT_PORT"; then
    die "port ${NEO4J_BOLT_PORT} on 127.0.0.1 is taken by something that does not speak Bolt; set NEO4J_BOLT_PORT"
  fi
  if port_open "$NEO4J_HTTP_PORT"; then
    die "port ${NEO4J_HTTP_PORT} on 127.0.0.1 is taken; stop that process or set NEO4J_HTTP_PORT"
  fi

  check_java
  mkdir -p -- "$KG_NEO4J_HOME"
  gather_jars
  # The kg Browser guide lives inside the Browser jar (the only browser/
  # folder the server serves); this is a no-op once it is there.
  bash "$SCRIPT_DIR/browser-assets.sh" "$LIB_DIR" || say "warning: the Browser guide could not be installed"
  write_conf
  set_initial_password
  jvm_opts

  : >"$CONSOLE_LOG"
  rm -f -- "$PID_FILE"
  say "starting Neo4j $(neo4j_version) from $KG_NEO4J_HOME"
  say "log: $CONSOLE_LOG (server log: $LOGS_DIR/neo4j.log)"
  # setsid + nohup: its own session, so it outlives the calling shell and its signals.
  # The inner shell writes its own pid, then becomes java (exec), so the pid is java's.
  (
    cd -- "$KG_NEO4J_HOME"
    NEO4J_HOME="$KG_NEO4J_HOME" NEO4J_CONF="$CONF_DIR" \
      setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
        java "${JVM_OPTS[@]}" -cp "$LIB_DIR/*" "$SERVER_CLASS" \
        "--home-dir=$KG_NEO4J_HOME" "--config-dir=$CONF_DIR" \
        </dev/null >>"$CONSOLE_LOG" 2>&1 9>&- &
  )
  local i
  for i in $(seq 1 50); do
    [[ -s "$PID_FILE" ]] && break
    sleep 0.1
  done
  pid="$(tr -dc '0-9' <"$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || { show_log_tail; die "the server did not start (no pid written)"; }
  wait_until_up "$pid"
  print_ready
}

neo4j_version() {
  local jar
  jar="$(compgen -G "$LIB_DIR/neo4j-kernel-[0-9]*.jar" | head -n1 || true)"
  if [[ -n "$jar" ]]; then
    jar="${jar##*/neo4j-kernel-}"; echo "${jar%.jar}"
  else
    echo "(unknown version)"
  fi
}

cmd_down() {
  local pid
  pid="$(server_pid)"
  if [[ -z "$pid" ]]; then
    rm -f -- "$PID_FILE"
    if bolt_answers "$NEO4J_BOLT_PORT"; then
      say "not running from $KG_NEO4J_HOME, but something else answers Bolt on port ${NEO4J_BOLT_PORT}; left alone"
    else
      say "not running"
    fi
    return 0
  fi
  say "stopping (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  local t0=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - t0 >= KG_NEO4J_STOP_TIMEOUT)); then
      say "still running after ${KG_NEO4J_STOP_TIMEOUT} s; sending SIGKILL to pid $pid (the next start will recover the database)"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f -- "$PID_FILE"
  say "stopped after $((SECONDS - t0)) s"
}

cmd_status() {
  local pid
  pid="$(server_pid)"
  if bolt_answers "$NEO4J_BOLT_PORT"; then
    if [[ -n "$pid" ]]; then
      say "running (pid $pid): Bolt $BOLT_URI, Browser $BROWSER_URL, home $KG_NEO4J_HOME"
    else
      say "something answers Bolt on 127.0.0.1:${NEO4J_BOLT_PORT}, not started from $KG_NEO4J_HOME"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    say "starting or stopping (pid $pid), Bolt on port ${NEO4J_BOLT_PORT} does not answer yet; log: $CONSOLE_LOG"
  else
    say "not running"
  fi
  return 3
}

cmd_wipe() {
  cmd_down
  if [[ -d "$DATA_DIR" ]]; then
    rm -rf -- "$DATA_DIR"
    say "deleted $DATA_DIR (jars in $LIB_DIR kept)"
  else
    say "no data folder to delete"
  fi
}

# One up/down/restart/wipe at a time per home: a second `up` started while the first
# is still starting waits, then finds the server and reuses it.
take_lock() {
  command -v flock >/dev/null 2>&1 || return 0
  mkdir -p -- "$KG_NEO4J_HOME"
  exec 9>"$KG_NEO4J_HOME/.launcher.lock"
  if ! flock -n 9; then
    say "another scripts/neo4j.sh is working on $KG_NEO4J_HOME; waiting for it..."
    flock 9
  fi
}

main() {
  local cmd="${1:-}"
  case "$cmd" in
    ""|-h|--help|help) usage; [[ -n "$cmd" ]] && return 0 || return 2 ;;
  esac
  (($# == 1)) || { usage; die "one command expected, got: $*"; }
  check_port_number NEO4J_BOLT_PORT "$NEO4J_BOLT_PORT"
  check_port_number NEO4J_HTTP_PORT "$NEO4J_HTTP_PORT"
  [[ "$KG_NEO4J_TIMEOUT" =~ ^[0-9]+$ ]] || die "KG_NEO4J_TIMEOUT must be a number of seconds"
  [[ "$KG_NEO4J_STOP_TIMEOUT" =~ ^[0-9]+$ ]] || die "KG_NEO4J_STOP_TIMEOUT must be a number of seconds"
  abs_home
  case "$cmd" in
    up|restart) take_lock ;;
    down|stop|wipe) [[ -d "$KG_NEO4J_HOME" ]] && take_lock ;;
  esac
  case "$cmd" in
    up) cmd_up ;;
    down|stop) cmd_down ;;
    status) cmd_status ;;
    restart) cmd_down; cmd_up ;;
    wipe) cmd_wipe ;;
    *) usage; die "unknown command '$cmd'" ;;
  esac
}

main "$@"
