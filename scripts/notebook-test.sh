#!/usr/bin/env bash
# Executes notebooks/explore.ipynb headless against the real Neo4j (pytest +
# nbclient, see notebooks/test_notebook.py), after ingesting the fixtures.
# Python packages go into .venv/ (gitignored), installed again only when
# notebooks/requirements.txt changes. Extra arguments go to pytest.
#
# env: PYTHON (the interpreter that makes the venv, default python3),
#      NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv
REQUIREMENTS=notebooks/requirements.txt

command -v "$PYTHON" >/dev/null 2>&1 || { echo "notebook-test: $PYTHON not found (set PYTHON)" >&2; exit 1; }
if [[ ! -x "$VENV/bin/python" ]]; then
  "$PYTHON" -m venv "$VENV" || { echo "notebook-test: could not make $VENV (Debian: apt-get install python3-venv)" >&2; exit 1; }
fi
stamp="$VENV/.requirements.sha256"
want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQUIREMENTS"
  echo "$want" >"$stamp"
fi
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider notebooks/test_notebook.py "$@"
