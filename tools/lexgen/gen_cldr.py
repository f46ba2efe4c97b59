"""CLDR Arabic names -> src/lexicon/generated/cldr_places.tsv, cldr_months.tsv, cldr_months_islamic.tsv.

Source: the Unicode CLDR JSON packages on npm (Unicode License v3), pinned in lexcommon.NPM_PINS:
  cldr-localenames-full  main/ar*/territories.json     territories and regions (and their alt forms)
  cldr-subdivisions-full subdivisions/ar/ar.json       subdivisions (CLDR has 3 in Arabic)
  cldr-dates-full        main/ar*/timeZoneNames.json   exemplar cities of the time zones
                         main/ar*/ca-gregorian.json    Gregorian month names
  cldr-cal-islamic-full  main/ar*/ca-islamic.json      Hijri month names
Every Arabic locale (ar, ar-EG, ar-MA, ar-DZ, ar-TN, ar-LB, ar-SY, ar-IQ, ar-SA, ...) is read;
language names are not taken.

canonical: the form of the `ar` locale (for an alt form, the territory's plain name), or the
hand-written lexicon's canonical when it lists the surface as a location (countries.tsv maps
CLDR's names to the forms of the news: الولايات المتحدة, السعودية...).

ambiguous (set by run_all.py): a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt,
common.tsv), or a person, given name or organization of the hand-written lexicon.
"""
import re

from gen_geonames import DESCRIPTORS
from lexcommon import Existing, arabic_name_ok, display, norm, npm_json, npm_members

# Not places, or not names: the world, the EU and the UN (organizations), the euro area, unknown
# and pseudo regions.
SKIP = {"001", "EU", "UN", "EZ", "ZZ", "XA", "XB"}
# Time zones whose exemplar "city" is no place name.
SKIP_ZONES = {"Etc/Unknown", "Etc/UTC", "Etc/GMT"}


def locales(pkg, prefix="main/"):
    out = set()
    for m in npm_members(pkg, prefix):
        parts = m[len(prefix):].split("/")
        if len(parts) > 1 and (parts[0] == "ar" or parts[0].startswith("ar-")):
            out.add(parts[0])
    return sorted(out)


def clean(name):
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    name = name.replace(" - ", " ")
    return display(name)


def variants(name):
    """The name without its parentheses; for 'X - Y' of two names of several words each (جزر
    فوكلاند - جزر مالفيناس) both halves too; a parenthesis that is a name (ميانمار (بورما)) too; and
    the name without a leading descriptor (مدينة الخليل -> الخليل)."""
    out = [clean(name)]
    halves = [display(p) for p in name.split(" - ")]
    if len(halves) == 2 and all(len(h.split(" ")) > 1 for h in halves):
        out += halves
    m = re.search(r"\((.*?)\)", name)
    if m and "منطقة" not in m.group(1):
        out.append(display(m.group(1)))
    for v in list(out):
        words = v.split(" ")
        if len(words) > 1 and words[0] in DESCRIPTORS:
            out.append(" ".join(words[1:]))
    return [v for v in out if v]


def collect(ex: Existing):
    """Rows [surface, 'location', canonical, False] of the territories, subdivisions and exemplar
    cities of every Arabic locale. The names of one territory or zone share one canonical: the
    hand-written lexicon's canonical of one of them (the ar locale's first), else the ar name."""
    groups = {}  # (kind, code) -> [ar name, set of surfaces]

    def add(kind, code, raw, ar_raw):
        g = groups.setdefault((kind, code), [clean(ar_raw), set()])
        for v in variants(raw):
            s = arabic_name_ok(v, 6)
            if s is not None:
                g[1].add(s)

    pkg = "cldr-localenames-full"
    ar_terr = npm_json(pkg, "main/ar/territories.json")["main"]["ar"]["localeDisplayNames"]["territories"]
    for loc in locales(pkg):
        terr = npm_json(pkg, f"main/{loc}/territories.json")["main"][loc]["localeDisplayNames"]["territories"]
        for code, name in terr.items():
            base = code.split("-")[0]
            if base not in SKIP:
                add("territory", base, name, ar_terr.get(base, name))
    sub = npm_json("cldr-subdivisions-full", "subdivisions/ar/ar.json")["subdivisions"]["localeDisplayNames"]
    for code, name in sorted(sub["subdivisions"].items()):
        add("subdivision", code, name, name)
    pkg = "cldr-dates-full"

    def zones(loc):
        z = npm_json(pkg, f"main/{loc}/timeZoneNames.json")["main"][loc]["dates"]["timeZoneNames"]["zone"]
        out = {}

        def walk(x, path):
            for k, v in x.items():
                if isinstance(v, dict):
                    if "exemplarCity" in v:
                        out["/".join(path + [k])] = v["exemplarCity"]
                    walk(v, path + [k])
        walk(z, [])
        return out
    ar_zones = zones("ar")
    for loc in locales(pkg):
        for zone, city in zones(loc).items():
            if zone not in SKIP_ZONES:
                add("exemplar city", zone, city, ar_zones.get(zone, city))
    rows = []
    for (kind, code), (ar_name, surfaces) in sorted(groups.items()):
        order = [ar_name] + sorted(surfaces - {ar_name}, key=lambda x: x.encode("utf-8"))
        canon = next((ex.canonical[(norm(v), "location")] for v in order if (norm(v), "location") in ex.canonical),
                     ar_name)
        for s in surfaces:
            rows.append([s, "location", ex.canonical.get((norm(s), "location"), canon), False])
    stats = {}
    for kind, _ in groups:
        stats[kind] = stats.get(kind, 0) + 1
    return rows, stats


def months():
    """(gregorian, islamic): lines 'name<TAB>number<TAB>locales'."""
    out = []
    for pkg, cal, fname in (("cldr-dates-full", "gregorian", "ca-gregorian.json"),
                            ("cldr-cal-islamic-full", "islamic", "ca-islamic.json")):
        found = {}
        for loc in locales(pkg):
            m = npm_json(pkg, f"main/{loc}/{fname}")["main"][loc]["dates"]["calendars"][cal]["months"]
            for ctx in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for num, name in m[ctx][width].items():
                        s = arabic_name_ok(name, 3)
                        if s is None:  # narrow forms and Latin fallbacks
                            continue
                        found.setdefault((s, int(num)), set()).add(loc)
        out.append(["\t".join([s, str(n), ",".join(sorted(locs))]) for (s, n), locs in found.items()])
    return out


HEADER = [
    "Territories, regions, subdivisions and time-zone exemplar cities with their Arabic names, from every Arabic locale of CLDR",
    "(class location). Source: Unicode CLDR {ver} via the npm packages cldr-localenames-full, cldr-subdivisions-full and",
    "cldr-dates-full (https://cldr.unicode.org/, Unicode License v3). canonical: the ar locale's name, or the form the",
    "hand-written lexicon uses. ambiguous: a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt, common.tsv),",
    "or a person, given name or organization of the hand-written lexicon.",
    "Generated by tools/lexgen/gen_cldr.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
MONTHS_HEADER = [
    "{cal} month names of every Arabic locale of CLDR: name<TAB>month number (1-12)<TAB>locales that use it (wide and",
    "abbreviated, format and stand-alone). Not a lexicon file: input of the dates module.",
    "Source: Unicode CLDR {ver} via the npm package {pkg} (https://cldr.unicode.org/, Unicode License v3).",
    "Generated by tools/lexgen/gen_cldr.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
