"""Runs notebooks/explore.ipynb headless against the real Neo4j, filled with
the fixtures, so that the notebook cannot rot. Run it with
scripts/notebook-test.sh (which makes .venv/ and installs requirements.txt)."""

import os
import re
import socket
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent
REPO = NOTEBOOKS.parent
NOTEBOOK = NOTEBOOKS / "explore.ipynb"
NEO4J_URI = os.environ.get("NEO4J_URI", "bolt://localhost:7687")


def neo4j_reachable():
    url = urlparse(NEO4J_URI)
    try:
        with socket.create_connection((url.hostname or "localhost", url.port or 7687), timeout=3):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def fixtures_ingested():
    """Ingests fixtures/articles, and fixtures/extra for Vietnam's
    partnerships, with the kg CLI (idempotent: articles already in the
    graph are left alone)."""
    if not neo4j_reachable():
        pytest.fail(f"Neo4j is not reachable at {NEO4J_URI}: start it with: make neo4j-up")
    proc = subprocess.run(["go", "run", "./cmd/kg", "ingest", "fixtures/articles", "fixtures/extra"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    # Exit status 2: some articles were bad but the others landed.
    assert proc.returncode in (0, 2), f"kg ingest failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


@pytest.fixture(scope="session")
def executed(fixtures_ingested):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return nb


def tagged(nb, tag):
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r}"
    return cells[0]


def text_of(cell):
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def test_every_cell_runs(executed):
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert code, "the notebook has code"
    for cell in code:
        assert cell.execution_count is not None, f"cell did not run:\n{cell.source}"
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, f"cell failed:\n{cell.source}\n{errors}"


def test_meetings_table_is_not_empty(executed):
    cell = tagged(executed, "meetings")
    m = re.search(r"meetings: (\d+) rows", text_of(cell))
    assert m, f"the meetings cell prints its row count: {text_of(cell)!r}"
    assert int(m.group(1)) > 0, "meetings-between finds Putin–Xi meetings in the fixtures"
    tables = [o for o in cell.outputs if "text/html" in o.get("data", {})]
    assert tables, "the meetings cell shows a table"


def test_pictures_are_drawn(executed):
    for tag in ("timeline", "network", "partners"):
        images = [o for o in tagged(executed, tag).outputs if "image/png" in o.get("data", {})]
        assert images, f"the {tag} cell draws a picture"


def putin_xi_meetings():
    """The Putin–Xi rows of meetings-between, straight from the server."""
    from neo4j import GraphDatabase
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "kgpassword"))
    text = (REPO / "cypher" / "meetings-between.cypher").read_text(encoding="utf-8")
    with GraphDatabase.driver(NEO4J_URI, auth=auth) as driver:
        records, _, _ = driver.execute_query(text, a="Putin", b="Tập Cận Bình", limit=1000,
                                             database_=os.environ.get("NEO4J_DATABASE") or None)
    return [r.data() for r in records]


def test_network_counts_meetings_held(executed):
    """The network weighs Putin–Xi by the meetings held, events on one day in one
    place counted once, as counted here from meetings-between; planned ones do not count."""
    m = re.search(r"Vladimir Putin – Xi Jinping: (\d+) meetings held", text_of(tagged(executed, "network")))
    assert m, text_of(tagged(executed, "network"))
    rows = putin_xi_meetings()
    occasions = {(r["date"], r["city"] or r["country"]) if r["date"] and len(r["date"]) == 10 else r["summit"]
                 for r in rows if r["status"] in ("held", None)}
    assert int(m.group(1)) == len(occasions)
    assert len(occasions) < len(rows), "the fixtures have planned meetings and events on one day"


def test_timeline_labels_one_per_point(executed):
    """Events of one kind on one day share one label on the timeline."""
    m = re.search(r"timeline: (\d+) dated events, (\d+) labels, one per point", text_of(tagged(executed, "timeline")))
    assert m, text_of(tagged(executed, "timeline"))
    dated = [r for r in putin_xi_meetings() if r["date"] and re.match(r"^\d{4}", r["date"])]
    assert int(m.group(1)) == len(dated)
    assert int(m.group(2)) == len({(r["date"], r["kind"]) for r in dated})
    assert int(m.group(2)) < len(dated), "the fixtures have two summits in Samarkand on 2022-09-15"


def test_partnership_ladder(executed):
    """The ladder lists every partner of Vietnam that partners-of gives and
    charts each dated step of their history."""
    from neo4j import GraphDatabase
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "kgpassword"))
    text = (REPO / "cypher" / "partners-of.cypher").read_text(encoding="utf-8")
    with GraphDatabase.driver(NEO4J_URI, auth=auth) as driver:
        records, _, _ = driver.execute_query(text, country="Việt Nam", level="",
                                             database_=os.environ.get("NEO4J_DATABASE") or None)
    rows = [r.data() for r in records]
    out = text_of(tagged(executed, "partners"))
    m = re.search(r"partners: (\d+) rows", out)
    assert m, out
    assert int(m.group(1)) == len(rows) > 0, "fixtures/extra states Vietnam's partnerships"
    dated = sum(1 for r in rows for h in r["history"] if re.match(r"^\S+ \d{4}", h))
    m = re.search(r"ladder: (\d+) dated steps of (\d+) partners", out)
    assert m, out
    assert int(m.group(1)) == dated > 0
