#!/usr/bin/env python3
"""split-real.py [--move] : assigns each article of fixtures/real/incoming to dev or test.

New articles are written to fixtures/real/incoming/ (the .txt as the page
store returned it, the .json gold per docs/ANNOTATION.md, checked by a
second person), then moved by this script; `go test ./eval` checks them.

The part is decided by the SHA-256 of the article's URL (from its gold), not
by anyone's choice: about 20 % of articles go to test (40 % until
2026-12-08, when the articles between 0.2 and 0.4 moved to dev: see
fixtures/real/README.md). Without --move it
prints the assignment; with --move it moves each .txt/.json pair into
fixtures/real/dev or fixtures/real/test.
"""
import hashlib, json, os, shutil, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "real")
TEST_SHARE = 0.2

def part(url):
    h = hashlib.sha256(url.encode("utf-8")).digest()
    return "test" if int.from_bytes(h[:4], "big") / 2**32 < TEST_SHARE else "dev"

def main():
    move = "--move" in sys.argv[1:]
    inc = os.path.join(ROOT, "incoming")
    for name in sorted(os.listdir(inc)):
        if not name.endswith(".json"):
            continue
        stem = name[:-5]
        url = json.load(open(os.path.join(inc, name), encoding="utf-8"))["url"]
        p = part(url)
        print(p, stem)
        if move:
            os.makedirs(os.path.join(ROOT, p), exist_ok=True)
            for ext in (".json", ".txt"):
                shutil.move(os.path.join(inc, stem + ext), os.path.join(ROOT, p, stem + ext))

if __name__ == "__main__":
    main()
