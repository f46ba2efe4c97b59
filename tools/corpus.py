#!/usr/bin/env python3
"""wasim's own news corpus: build the gold JSONL files from the marked-up sources, and check them.

    python3 tools/corpus.py build    # corpus/raw/*.txt -> corpus/{train,dev,test}.jsonl + corpus/STATS.md
    python3 tools/corpus.py check [FILE...]   # validate sources only (default: all of corpus/raw)
    python3 tools/corpus.py strip OUT.txt ID...   # those articles without their markup, for a second annotator
    python3 tools/corpus.py agree [FILE...]       # corpus/second/*.txt against corpus/raw: exact-span F1 per category

Source format (UTF-8, one or more articles a file). An article starts with a header line

    @@ id=lev-0001 date=2003-03-20 region=IQ period=archive topic=conflict genre=wire

then its text: the headline on the first line, one paragraph a line (blank lines are dropped).
Entities are marked inline, and the offsets are computed here, never by hand:

    [[PER|فلاديمير بوتين]]  [[LOC|كييف]]  [[ORG|وزارة الدفاع الروسية]]
    [[DATE|الشهر الماضي|date|2003-02]]     (type: date, time, duration or set; value may be empty)
    [[DATE|مطلع نيسان/أبريل|date|2003-04|mod=START]]
    [[?ORG|البيت الأبيض]]   (a leading ? marks the span optional, as in the seeds' gold)

Split: by article id, fixed forever: the first byte of sha1(id) mod 10 is 0 -> test, 1 -> dev,
else train (80/10/10 in expectation; an article keeps its split when others are added).
"""
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
OUT = ROOT / "corpus"

CATS = {"PER": "person", "LOC": "location", "ORG": "organization", "DATE": "date"}
DATE_TYPES = {"date", "time", "duration", "set"}
MODS = {"START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
REGIONS = {
    # Arab League
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
    # neighbours and the world
    "IR", "TR", "IL", "EUROPE", "AMERICAS", "AFRICA", "ASIA", "INTL",
}
TOPICS = {"politics", "conflict", "economy", "sport", "culture", "science", "health", "courts", "weather", "religion", "technology", "society"}
GENRES = {"wire", "feature", "live", "statement", "report", "interview"}
PERIODS = {"archive", "recent"}
HEADER = re.compile(r"^@@\s+(.*)$")
MARK = re.compile(r"\[\[(\??)(PER|LOC|ORG|DATE)\|([^\[\]|]+)((?:\|[^\[\]|]*)*)\]\]")
TIMEX = re.compile(
    r"^(PAST_REF|PRESENT_REF|FUTURE_REF|PX[YMWD]|PTX[HMS]"
    r"|P(\d+(\.\d+)?[YMWD]|T)?(\d+(\.\d+)?[HMS])*[\dYMWDHS.T]*"
    r"|[\dX]{2,4}(-(\d\d|XX|W\d\d|WXX|SP|SU|FA|WI|Q\d|H\d))?(-(\d\d|XX|W?X|\d|WE))?(-\d)?(-#\d)?"
    r"(T(\d\d(:\d\d)?|MO|MI|AF|EV|NI|DT|XX:XX))?"
    r"|T(\d\d(:\d\d)?|MO|MI|AF|EV|NI|DT))$"
)
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
PROCLITIC_STACKS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "س"}
EDGE_PUNCT = set(" \t.,،؛;:!?؟\"'“”«»()[]{}-–—/")


class Problem(Exception):
    pass


def parse_header(line, where):
    fields = {}
    for part in line.split():
        if "=" not in part:
            raise Problem(f"{where}: header field without '=': {part!r}")
        k, v = part.split("=", 1)
        fields[k] = v
    for k in ("id", "date", "region", "period", "topic", "genre"):
        if k not in fields:
            raise Problem(f"{where}: header lacks {k}=")
    if not re.fullmatch(r"[a-z0-9-]+", fields["id"]):
        raise Problem(f"{where}: id {fields['id']!r} must be lower-case ASCII, digits and '-'")
    if not re.fullmatch(r"(19[5-9]\d|20[0-2]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", fields["date"]):
        raise Problem(f"{where}: date {fields['date']!r} must be YYYY-MM-DD between 1950 and 2029")
    for k, allowed in (("region", REGIONS), ("period", PERIODS), ("topic", TOPICS), ("genre", GENRES)):
        if fields[k] not in allowed:
            raise Problem(f"{where}: {k} {fields[k]!r} not one of {sorted(allowed)}")
    year = int(fields["date"][:4])
    if (fields["period"] == "archive") != (year <= 2010):
        raise Problem(f"{where}: period {fields['period']} does not fit the year {year} (archive = 1950-2010)")
    return fields


def parse_article(fields, lines, where):
    """Strips the markup off the article's lines and returns (text, annotations)."""
    paragraphs = [l.strip() for l in lines if l.strip()]
    if len(paragraphs) < 2:
        raise Problem(f"{where}: an article needs a headline and at least one paragraph")
    text = ""
    anns = []
    for p in paragraphs:
        if text:
            text += "\n"
        pos = 0
        for m in MARK.finditer(p):
            text += p[pos : m.start()]
            opt, tag, span, rest = m.group(1), m.group(2), m.group(3), m.group(4)
            start = len(text)
            text += span
            ann = {"start": start, "end": len(text), "text": span, "category": CATS[tag]}
            extra = rest.split("|")[1:] if rest else []
            if tag == "DATE":
                if len(extra) < 1 or extra[0] not in DATE_TYPES:
                    raise Problem(f"{where}: date {span!r} needs a type (date, time, duration, set): {m.group(0)}")
                ann["type"] = extra[0]
                value = extra[1] if len(extra) > 1 else ""
                if value:
                    if not TIMEX.match(value):
                        raise Problem(f"{where}: date {span!r} has a value {value!r} that is not TIMEX3")
                    ann["value"] = value
                for e in extra[2:]:
                    if not e.startswith("mod=") or e[4:] not in MODS:
                        raise Problem(f"{where}: date {span!r}: unknown field {e!r} (only mod=START|MID|END|...)")
                    ann["mod"] = e[4:]
            elif extra:
                raise Problem(f"{where}: only DATE takes fields after the text: {m.group(0)}")
            if opt:
                ann["optional"] = True
            anns.append(ann)
            pos = m.end()
        text += p[pos:]
    if "[[" in text or "]]" in text:
        i = text.find("[[") if "[[" in text else text.find("]]")
        raise Problem(f"{where}: malformed markup near {text[max(0, i - 20) : i + 40]!r}")
    for a in anns:
        check_span(text, a, where)
        if a["category"] == "date":
            check_weekday(a, where)
    return text, anns


WEEKDAYS = {  # Python's weekday(): Monday is 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}


def check_weekday(a, where):
    """A date span that names a weekday and has a full calendar value must fall on that weekday."""
    import datetime

    value = a.get("value", "")
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)(T|$)", value)
    if not m:
        return
    named = {d for w, d in WEEKDAYS.items() if re.search(r"(^|[\sوب])" + w + r"($|[\s،,.])", a["text"])}
    if len(named) != 1:
        return
    day = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    want = named.pop()
    ok = {day.weekday()}
    if a.get("type") == "time" and "ليل" in a["text"]:
        # ليلة الخميس is the night before Thursday; منتصف ليل الجمعة may be written as Saturday 00:00
        ok |= {(day.weekday() + 1) % 7, (day.weekday() - 1) % 7}
    if want not in ok:
        names = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
        raise Problem(f"{where}: date {a['text']!r} = {value} falls on {names[day.weekday()]}, not the weekday it names")


def check_span(text, a, where):
    s, e, span = a["start"], a["end"], a["text"]
    label = f"{where}: {a['category']} {span!r}"
    if span != span.strip() or span[0] in EDGE_PUNCT or span[-1] in EDGE_PUNCT:
        raise Problem(f"{label}: starts or ends with a space or punctuation")
    if "\n" in span:
        raise Problem(f"{label}: crosses a line")
    # the word the span starts in: what comes before the span in that word must be a proclitic stack
    w = s
    while w > 0 and not text[w - 1].isspace() and text[w - 1] not in EDGE_PUNCT:
        w -= 1
    before = text[w:s]
    if before and not (before in PROCLITIC_STACKS or (span.startswith("ل") and before in {"ل", "ول", "فل"})):
        raise Problem(f"{label}: starts inside a word (after {before!r}); only proclitics may stand before a span")
    if a["category"] != "date" and re.match(r"^[وفب]ال", span) and before == "":
        # وال / بال / فال: a proclitic inside the span, unless the name itself starts so (كال is
        # left alone: "like the" is rare before a name, and كالبا، كالوم are names)
        if not re.match(r"^(والي|بالي|فالنسيا|كالي|كالاب|فال|بالم|كالد|والت|والس|والون|بالت|بال$)", span):
            raise Problem(f"{label}: a proclitic seems to be inside the span (و/ف/ب/ك + ال); put it outside")
    if e < len(text) and ARABIC_LETTER.match(text[e]) and a["category"] != "date":
        raise Problem(f"{label}: ends inside a word (followed by {text[e:e+3]!r})")


def rel(path):
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def read_sources(paths):
    articles = []
    problems = []
    seen = {}
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        current = None
        body = []

        def flush():
            if current is None:
                return
            fields, at = current
            where = f"{rel(path)}:{at} ({fields['id']})"
            try:
                text, anns = parse_article(fields, body, where)
            except Problem as p:
                problems.append(str(p))
                return
            if fields["id"] in seen:
                problems.append(f"{where}: id also used at {seen[fields['id']]}")
                return
            seen[fields["id"]] = where
            articles.append((fields, text, anns))

        for n, line in enumerate(lines, 1):
            m = HEADER.match(line)
            if m:
                flush()
                try:
                    current = (parse_header(m.group(1), f"{rel(path)}:{n}"), n)
                except Problem as p:
                    problems.append(str(p))
                    current = None
                body = []
            elif current is not None:
                body.append(line)
            elif line.strip() and not line.startswith("#"):
                problems.append(f"{rel(path)}:{n}: text before the first @@ header")
        flush()
    return articles, problems


def split_of(article_id):
    b = hashlib.sha1(article_id.encode()).digest()[0] % 10
    return "test" if b == 0 else "dev" if b == 1 else "train"


def words(text):
    return len(text.split())


def stats(articles):
    by = {k: Counter() for k in ("region", "period", "topic", "genre")}
    w = Counter()
    ents = Counter()
    splits = Counter()
    for f, text, anns in articles:
        for k in by:
            by[k][f[k]] += 1
        w[split_of(f["id"])] += words(text)
        splits[split_of(f["id"])] += 1
        for a in anns:
            ents[a["category"]] += 1
    out = ["# Corpus statistics (generated by `python3 tools/corpus.py build`; do not edit)", ""]
    out.append(f"{len(articles)} articles, {sum(w.values())} words, " + ", ".join(f"{c} {n}" for c, n in sorted(ents.items())))
    out.append("")
    out.append("| split | articles | words |")
    out.append("|---|---|---|")
    for s in ("train", "dev", "test"):
        out.append(f"| {s} | {splits[s]} | {w[s]} |")
    for k in by:
        out.append("")
        out.append(f"| {k} | articles |")
        out.append("|---|---|")
        for v, n in sorted(by[k].items(), key=lambda x: (-x[1], x[0])):
            out.append(f"| {v} | {n} |")
    return "\n".join(out) + "\n"


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "strip":
        return strip(Path(sys.argv[2]), set(sys.argv[3:]))
    if cmd == "agree":
        return agree([Path(p).resolve() for p in sys.argv[2:] if not p.startswith("-")] or sorted((OUT / "second").glob("*.txt")))
    paths = [Path(p).resolve() for p in sys.argv[2:]] or sorted(RAW.glob("*.txt"))
    articles, problems = read_sources(paths)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {len(paths)} file(s)", file=sys.stderr)
        sys.exit(1)
    n_words = sum(words(t) for _, t, _ in articles)
    if cmd == "check":
        print(f"ok: {len(articles)} articles, {n_words} words, {sum(len(a) for _, _, a in articles)} annotations")
        return
    if cmd != "build":
        sys.exit(f"unknown command {cmd!r} (build or check)")
    docs = defaultdict(list)
    for f, text, anns in sorted(articles, key=lambda a: a[0]["id"]):
        doc = {"id": f["id"], "reference_date": f["date"], "region": f["region"], "period": f["period"],
               "topic": f["topic"], "genre": f["genre"], "text": text, "annotations": anns}
        docs[split_of(f["id"])].append(doc)
    for s in ("train", "dev", "test"):
        with open(OUT / f"{s}.jsonl", "w", encoding="utf-8") as fh:
            for d in docs[s]:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    (OUT / "STATS.md").write_text(stats(articles), encoding="utf-8")
    print(f"built: {len(articles)} articles, {n_words} words -> corpus/{{train,dev,test}}.jsonl")


def strip(out, ids):
    """Writes the articles `ids` with their headers and without any markup."""
    articles, _ = read_sources(sorted(RAW.glob("*.txt")))  # an article with a problem is not read
    found = [a for a in articles if a[0]["id"] in ids]
    missing = ids - {a[0]["id"] for a in found}
    if missing:
        sys.exit(f"no such article: {sorted(missing)}")
    with open(out, "w", encoding="utf-8") as fh:
        for f, text, _ in found:
            fh.write("@@ " + " ".join(f"{k}={f[k]}" for k in ("id", "date", "region", "period", "topic", "genre")) + "\n")
            fh.write(text + "\n\n")
    print(f"wrote {len(found)} articles to {out}")


def agree(second_paths):
    """Exact-span agreement (F1, the first annotation as reference) per category between the
    second annotations and corpus/raw, on the articles both hold; a text that differs is an error."""
    first, _ = read_sources(sorted(RAW.glob("*.txt")))
    second, problems = read_sources(second_paths)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        sys.exit(1)
    by_id = {f["id"]: (text, anns) for f, text, anns in first}
    counts = defaultdict(lambda: [0, 0, 0])  # tp, only first, only second
    n = 0
    diffs = []
    for f, text, anns in second:
        if f["id"] not in by_id:
            sys.exit(f"{f['id']}: not in corpus/raw")
        t1, a1 = by_id[f["id"]]
        if t1 != text:
            sys.exit(f"{f['id']}: the second annotation's text differs from the first's")
        n += 1
        s1 = {(a["start"], a["end"], a["category"]) for a in a1 if not a.get("optional")}
        s2 = {(a["start"], a["end"], a["category"]) for a in anns if not a.get("optional")}
        o1 = {(a["start"], a["end"]) for a in a1 if a.get("optional")}
        o2 = {(a["start"], a["end"]) for a in anns if a.get("optional")}
        for x in s1 | s2:
            c = counts[x[2]]
            if x in s1 and x in s2:
                c[0] += 1
            elif x in s1 and (x[0], x[1]) not in o2:
                c[1] += 1
                diffs.append((f["id"], "first only", x[2], text[x[0]:x[1]]))
            elif x in s2 and (x[0], x[1]) not in o1:
                c[2] += 1
                diffs.append((f["id"], "second only", x[2], text[x[0]:x[1]]))
    print(f"{n} articles annotated twice")
    print("| category | both | first only | second only | F1 |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0]
    for cat in ("person", "location", "organization", "date"):
        tp, a, b = counts[cat]
        tot = [tot[0] + tp, tot[1] + a, tot[2] + b]
        f1 = 2 * tp / (2 * tp + a + b) if tp + a + b else 1.0
        print(f"| {cat} | {tp} | {a} | {b} | {f1:.3f} |")
    tp, a, b = tot
    print(f"| all | {tp} | {a} | {b} | {2 * tp / (2 * tp + a + b) if tp + a + b else 1.0:.3f} |")
    if "-v" in sys.argv or "--diff" in sys.argv:
        for d in diffs:
            print("\t".join(d))


if __name__ == "__main__":
    main()
