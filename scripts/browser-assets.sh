#!/usr/bin/env bash
# Put the kg Browser guide into the Neo4j Browser jar of the local server, so
# that Browser can play it:
#
#   :play http://localhost:7474/browser/guides/kg.html
#
# The server serves /browser/ from the one browser/ folder on its classpath:
# that of the Browser jar (a second jar with browser/guides/... is not
# served). So browser/guide.html goes into that jar as browser/guides/kg.html.
# The jar is rewritten beside itself and renamed over the old one (a running
# server keeps reading the old file; the guide is served from its next
# start). Nothing is done when the jar already holds the same guide, so it is
# cheap to run before every start.
#
# usage: scripts/browser-assets.sh [LIB_DIR]   (default: $KG_NEO4J_HOME/lib,
#        KG_NEO4J_HOME defaulting to <repo root>/.neo4j, as in scripts/neo4j.sh)
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd -P)"
KG_NEO4J_HOME="${KG_NEO4J_HOME:-$REPO_ROOT/.neo4j}"
LIB_DIR="${1:-$KG_NEO4J_HOME/lib}"
GUIDE="$REPO_ROOT/browser/guide.html"
ENTRY="browser/guides/kg.html"

say() { printf 'browser-assets: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ -f "$GUIDE" ]] || die "no guide at $GUIDE"
[[ -d "$LIB_DIR" ]] || die "no folder $LIB_DIR (gather the Neo4j jars first: scripts/neo4j.sh up)"
shopt -s nullglob
jars=("$LIB_DIR"/neo4j-browser-*.jar)
shopt -u nullglob
((${#jars[@]} == 1)) || die "want exactly one neo4j-browser-*.jar in $LIB_DIR, found ${#jars[@]}"
jar="${jars[0]}"

# Already there, byte for byte: nothing to do.
if command -v unzip >/dev/null 2>&1; then
  if unzip -p "$jar" "$ENTRY" 2>/dev/null | cmp -s - "$GUIDE"; then
    exit 0
  fi
elif command -v jar >/dev/null 2>&1; then
  probe="$(mktemp -d)"
  if (cd "$probe" && jar xf "$jar" "$ENTRY" 2>/dev/null) && cmp -s "$probe/$ENTRY" "$GUIDE"; then
    rm -rf -- "$probe"
    exit 0
  fi
  rm -rf -- "$probe"
fi

# Work beside the jar, so that the final rename is atomic.
work="$(mktemp -d "$LIB_DIR/../browser-assets.XXXXXX")"
trap 'rm -rf -- "$work"' EXIT
mkdir -p "$work/stage/browser/guides"
cp -- "$GUIDE" "$work/stage/$ENTRY"
cp -- "$jar" "$work/browser.jar"
if command -v jar >/dev/null 2>&1; then
  jar uf "$work/browser.jar" -C "$work/stage" "$ENTRY"
elif command -v zip >/dev/null 2>&1; then
  (cd "$work/stage" && zip -q "$work/browser.jar" "$ENTRY")
else
  die "neither jar (from the JDK) nor zip found"
fi
mv -f -- "$work/browser.jar" "$jar"
say "put browser/guide.html into $(basename -- "$jar") as $ENTRY (served from the server's next start)"
