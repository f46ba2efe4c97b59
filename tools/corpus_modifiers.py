#!/usr/bin/env python3
"""One-off migration of 2026-12-02 (kept to show what changed and to rerun on stray files): moves quantity modifiers of dates outside their spans, as the seeds' gold has them
(نحو [[DATE|3 ساعات]]): a leading نحو / أكثر من / أقل من / قرابة / حوالي / زهاء / ما يقارب / ما يزيد على|عن /
دون / فوق / تحت, and a trailing تقريبا, leave the span; the TIMEX3 mod stays on the span."""
import re, sys
LEAD = ["ما يزيد على", "ما يزيد عن", "ما يقارب", "أكثر من", "أقل من", "نحو", "قرابة", "حوالي", "حوالى", "زهاء", "دون", "فوق", "تحت"]
TRAIL = ["تقريبا", "تقريباً"]
MARK = re.compile(r"\[\[(\??)DATE\|([^\[\]|]+)((?:\|[^\[\]|]*)*)\]\]")
def fix(m):
    opt, text, rest = m.group(1), m.group(2), m.group(3)
    if "mod=" not in rest:
        return m.group(0)
    before = after = ""
    for l in LEAD:
        if text.startswith(l + " ") and len(text) > len(l) + 1:
            before, text = l + " ", text[len(l) + 1:]
            break
    for t in TRAIL:
        if text.endswith(" " + t) and len(text) > len(t) + 1:
            after, text = " " + t, text[: -len(t) - 1]
            break
    if not before and not after:
        return m.group(0)
    return f"{before}[[{opt}DATE|{text}{rest}]]{after}"
n = 0
for path in sys.argv[1:]:
    s = open(path, encoding="utf-8").read()
    new, k = MARK.subn(fix, s)
    changed = sum(1 for a, b in zip(MARK.findall(s), MARK.findall(new)) if a != b)
    if new != s:
        open(path, "w", encoding="utf-8").write(new)
    n += changed
    if changed: print(path, changed)
print("spans changed:", n)
