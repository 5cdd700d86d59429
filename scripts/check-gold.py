#!/usr/bin/env python3
"""check-gold.py FILE.json... : checks gold files of fixtures/real against docs/ANNOTATION.md.

Every problem is printed as `file: problem`; the exit status is 1 when any was found.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def column(path, i=0):
    out = set()
    for line in open(os.path.join(ROOT, path), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.add(line.rstrip("\n").split("\t")[i])
    return out

ISO = column("ingest/data/countries.tsv") | {"XK", "EU"}
ORGS = column("ingest/data/organizations.tsv")
KINDS = {"summit", "bilateral", "state_visit", "video_call", "phone_call"}
MSTATUS = {"held", "planned", "cancelled"}
MEMBER = {"member", "founding_member", "observer", "applicant", "partner"}
AKINDS = {"treaty", "joint_statement", "declaration", "agreement", "mou"}
ASTATUS = {"signed", "planned", "expired", "in_force"}
LEVELS = {"comprehensive", "strategic", "comprehensive_strategic", "extensive_strategic",
          "strategic_cooperative", "comprehensive_cooperative", "comprehensive_strategic_cooperative",
          "comprehensive_strategic_coordination", "special", "no_limits", "alliance"}
PSTATUS = {"established", "upgraded", "planned"}
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")

def squash(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def check(path):
    errs = []
    def bad(msg):
        errs.append(f"{path}: {msg}")
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"{path}: not JSON: {e}"]
    txt = path[:-5] + ".txt"
    if not os.path.exists(txt):
        bad("no article " + txt)
        text = ""
    else:
        text = squash(open(txt, encoding="utf-8").read())
    for k in ["url", "outlet", "published", "leaders", "meetings", "memberships", "agreements", "partnerships"]:
        if k not in g:
            bad(f"missing {k!r}")
    def date(v, what):
        if v is not None and not DATE.match(v):
            bad(f"{what}: date {v!r} is not YYYY[-MM[-DD]] or --MM[-DD]")
    def ev(f, what):
        e = f.get("evidence")
        if not e:
            bad(f"{what}: no evidence")
        elif squash(e) not in text:
            bad(f"{what}: evidence is not in the text: {e[:60]!r}")
    def iso(c, what):
        if c not in ISO:
            bad(f"{what}: {c!r} is not an ISO2 code of countries.tsv")
    date(g.get("published"), "published")
    names = set()
    for l in g.get("leaders", []):
        names.add(l["name"])
        if l.get("country") is not None:
            iso(l["country"], "leader " + l["name"])
    for i, m in enumerate(g.get("meetings", [])):
        w = f"meeting {i+1}"
        for p in m.get("participants", []) + m.get("optional_participants", []):
            if p not in names:
                bad(f"{w}: participant {p!r} is not in leaders")
        if not m.get("participants"):
            bad(f"{w}: no participants")
        if m.get("kind") not in KINDS: bad(f"{w}: kind {m.get('kind')!r}")
        if m.get("status") not in MSTATUS: bad(f"{w}: status {m.get('status')!r}")
        date(m.get("date"), w); date(m.get("end_date"), w)
        if m.get("country") is not None: iso(m["country"], w)
        if m.get("org") is not None and m["org"] not in ORGS: bad(f"{w}: org {m['org']!r} is not in organizations.tsv")
        for k in ["date", "city", "country", "org", "status", "kind"]:
            if k not in m: bad(f"{w}: missing {k!r}")
        ev(m, w)
    for i, m in enumerate(g.get("memberships", [])):
        w = f"membership {i+1}"
        iso(m.get("country"), w)
        if m.get("org") not in ORGS: bad(f"{w}: org {m.get('org')!r}")
        if m.get("status") not in MEMBER: bad(f"{w}: status {m.get('status')!r}")
        date(m.get("since"), w); ev(m, w)
    for i, a in enumerate(g.get("agreements", [])):
        w = f"agreement {i+1}"
        if a.get("kind") not in AKINDS: bad(f"{w}: kind {a.get('kind')!r}")
        if a.get("status") not in ASTATUS: bad(f"{w}: status {a.get('status')!r}")
        for c in a.get("parties", []): iso(c, w)
        date(a.get("date"), w); ev(a, w)
    for i, p in enumerate(g.get("partnerships", [])):
        w = f"partnership {i+1}"
        cs = p.get("countries", [])
        if len(cs) != 2 or cs != sorted(cs): bad(f"{w}: countries must be two ISO2 codes in order")
        for c in cs: iso(c, w)
        if p.get("level") not in LEVELS: bad(f"{w}: level {p.get('level')!r}")
        if p.get("status") not in PSTATUS: bad(f"{w}: status {p.get('status')!r}")
        date(p.get("since"), w); ev(p, w)
    return errs

if __name__ == "__main__":
    errs = [e for p in sys.argv[1:] for e in check(p)]
    print("\n".join(errs) if errs else f"{len(sys.argv)-1} gold files ok")
    sys.exit(1 if errs else 0)
