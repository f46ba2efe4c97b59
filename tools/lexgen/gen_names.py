"""Name tokens -> src/lexicon/generated/given_names_open.tsv and family_names_open.tsv (class given).

Sources:
  arabnamer 0.1.3 (PyPI): arabnamer/data/dict_FINAL.json, 22,797 English -> Arabic name pairs
    (mostly JRC-Names, filled in by machine translation); data CC BY 4.0 (LICENSE-DATA), code MIT.
  arabic-name-to-en 1.0.6 (npm): cases/fullnamedb.js, ~2,500 Arabic given names (mostly Iraqi)
    with their romanizations; ISC (package.json; the package ships no licence text).
  names 0.3.0 (PyPI, MIT): the 1990 US Census lists of first and last names (public domain),
    used only to tell a given name from a family name by its English key.

Kept: one Arabic word (3 letters or more unless the hand-written given_names.tsv has it), or
عبد/أبو + one word. Dropped: the halves of compounds (الرحمن, الدين, the divine names after
عبد), بن/ابن + name, any other phrase (the machine-translation fill gives phrases such as هيكل عظمي),
nationality adjectives (الأسبانية), place names (and family names that are places of the hand-written
lexicon: قسنطينة), tokens glued from two names (جعفرحسين), Kurdish spellings (medial ة).

given or family: a token is a given name when the hand-written given_names.tsv or the npm list
has it, when it starts with عبد/أبو, or when its English key is a US Census first name; a family
name when it starts with ال, or its key is only a Census last name, or nothing says it is a given
name. Both files use the class `given` (the lexicon has no family class).

ambiguous: a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt, common.tsv), and the
given names that are ordinary words listed in FORCE_AMBIGUOUS.
"""
import json
import re

from lexcommon import Existing, arabic_name_ok, norm, npm_member, pypi_member

FORCE_AMBIGUOUS = ["أمل", "جمال", "سعيد", "كريم", "منى", "نور", "عادل", "حسن"]
NOT_NAMES = {"الله", "الدين", "السيد", "الشيخ", "السادة", "الامير", "الأمير", "الاله", "الإله", "النبي", "الرسول",
             "الائمة", "الأئمة", "الحاج", "ال", "ابو", "أبو", "ابن", "بن", "عبد", "بنت", "ام", "أم", "آل", "ولد"}


def census():
    out = {}
    for f, kind in (("dist.male.first", "first"), ("dist.female.first", "first"), ("dist.all.last", "last")):
        text = pypi_member("names", "names-0.3.0/names/" + f).decode("ascii")
        for line in text.splitlines():
            if line.strip():
                out.setdefault(line.split()[0].lower(), set()).add(kind)
    return out


def npm_names():
    text = npm_member("arabic-name-to-en", "cases/fullnamedb.js").decode("utf-8")
    return sorted({m.group(1) for m in re.finditer(r'^\s+([^\s:"]+): "[^"]*",?\s*$', text, re.M)})


def collect(ex: Existing, places):
    """Rows of the two files: ({'given': [...], 'family': [...]}, stats, dropped). `places`:
    matching forms of the CLDR place names (territories, exemplar cities), taken as names only
    when given_names.tsv has them or their English key is a Census first name (إستر, ريجينا)."""
    pairs = json.loads(pypi_member("arabnamer", "arabnamer/data/dict_FINAL.json").decode("utf-8"))
    cen = census()
    existing_given = {s for (s, k) in ex.flag if k == "given"}
    divine = set()
    for v in pairs.values():
        w = v.split(" ")
        if len(w) == 2 and w[0] == "عبد":
            divine.add(norm(w[1]))
    for s in existing_given:
        if s.startswith("عبد "):
            divine.add(s[len("عبد "):])
    not_names = {norm(x) for x in NOT_NAMES} | divine

    evidence = {}  # surface -> set of 'given' / 'family'
    dropped = {}

    def drop(s, why):
        dropped.setdefault(why, set()).add(s)

    def consider(s, ev, source):
        words = s.split(" ")
        n = norm(s)
        if len(words) == 2:
            if words[0] not in ("عبد", "أبو", "ابو"):
                return drop(s, "phrase")
            if words[0] != "عبد" and norm(words[1]) in not_names:
                return drop(s, "phrase")
            ev = "given"
        elif len(words) > 2:
            return drop(s, "phrase")
        elif n in not_names:
            return drop(s, "part of a compound or title")
        elif "gentilic" in ex.classes.get(n, set()):
            return drop(s, "gentilic")
        elif n in places and n not in existing_given and not (ev == "given" and source == "arabnamer:first"):
            return drop(s, "place name")
        elif len(s) < 3 and n not in existing_given:
            return drop(s, "shorter than 3 letters")
        evidence.setdefault(s, {}).setdefault(ev, set()).add(source)

    n_pairs = 0
    for key, value in sorted(pairs.items()):
        s = arabic_name_ok(value, 3)
        if s is None:
            drop(value, "not Arabic letters")
            continue
        n_pairs += 1
        k = re.sub(r"[^a-z]", "", key.lower())
        words = s.split(" ")
        if words[0] in ("بن", "ابن"):
            drop(s, "patronymic")
            continue
        if s.startswith("ال"):
            ev = "family"
        elif norm(s) in existing_given or words[0] in ("عبد", "أبو", "ابو"):
            ev = "given"
        elif "first" in cen.get(k, ()):
            consider(s, "given", "arabnamer:first")
            continue
        else:
            ev = "family"
        consider(s, ev, "arabnamer")

    npm = npm_names()
    # halves that make a token glued: the Arabic given names of the hand-written list and the npm list
    known = {x for x in existing_given if " " not in x} | {norm(x) for x in npm}
    arab_pairs = {norm(x) for x in evidence}
    for raw in npm:
        s = arabic_name_ok(raw, 1)
        if s is None:
            drop(raw, "not Arabic letters")
            continue
        n = norm(s)
        if n not in existing_given and n not in arab_pairs and not n.startswith(("عبد", "ابو")) \
                and not n.endswith(("الدين", "الله")):
            if n.endswith("عبد") or any(n[:i] in known and n[i:] in known for i in range(3, len(n) - 2)):
                drop(s, "glued")
                continue
        if s.startswith("ال"):
            if not s.endswith("ي"):
                drop(s, "part of a compound or title")
                continue
            ev = "family"
        else:
            ev = "given"
        consider(s, ev, "arabic-name-to-en")

    given, family = [], []
    for s, ev in evidence.items():
        row = [s, "given", s, False]
        if "given" in ev:
            given.append(row)
        elif ex.classes.get(norm(s), set()) & {"location"} and not ex.classes[norm(s)] & {"given", "person"}:
            drop(s, "place name (family)")  # قسنطينة, البوكمال: a nisba-less place, not a surname
        else:
            family.append(row)
    stats = {"arabnamer pairs in Arabic letters": n_pairs, "arabic-name-to-en names": len(npm),
             "dropped": {k: len(v) for k, v in sorted(dropped.items())}}
    return {"given": given, "family": family}, stats, dropped


HEADER_GIVEN = [
    "Given names as written in Arabic (class given: they start a name chain and are not annotated alone).",
    "Sources: arabnamer {an} (PyPI; dict_FINAL.json, https://github.com/sayedyousef/arabnamer, data CC BY 4.0,",
    "Elsayed Yousef 2026; mostly JRC-Names with machine-translation fill) and arabic-name-to-en {npm} (npm;",
    "cases/fullnamedb.js, https://github.com/hamdongunner/arabic-names-to-en, ISC, HamdonGunner); US Census 1990",
    "name lists via the PyPI package names {names} (MIT) to tell given from family names. Filtered and split by the script.",
    "ambiguous: also a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt, common.tsv) or a reviewed one.",
    "Generated by tools/lexgen/gen_names.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
HEADER_FAMILY = [
    "Family names (nisbas with ال, surnames of the world as written in Arabic), class given until the lexicon has a",
    "family class. Sources: arabnamer {an} (PyPI; dict_FINAL.json, https://github.com/sayedyousef/arabnamer, data",
    "CC BY 4.0, Elsayed Yousef 2026) and arabic-name-to-en {npm} (npm, ISC, HamdonGunner); US Census 1990 name lists",
    "via the PyPI package names {names} (MIT) to tell given from family names.",
    "ambiguous: also a frequent ordinary word (common_freq.tsv, ambiguous_freq.txt, common.tsv) or a reviewed one.",
    "Generated by tools/lexgen/gen_names.py (run: python3 tools/lexgen/run_all.py); do not edit.",
]
