// Pure helpers of the page (no DOM): what the buttons export. Kept apart so node tests can
// import them directly.

export const CATEGORIES = ['person', 'location', 'organization', 'date'];
const TAG = { person: 'PER', location: 'LOC', organization: 'ORG', date: 'DATE' };

/** The result restricted to the visible categories: the JSON contract, unchanged otherwise. */
export function visibleResult(result, visible) {
  return {
    text_length: result.text_length,
    utf16_length: result.utf16_length,
    annotations: result.annotations.filter((a) => visible.has(a.category)),
  };
}

/**
 * CoNLL with BIO tags: one whitespace token per line, `token<TAB>tag`; a blank line after each
 * line of the text. A token touched by an annotation takes its tag (B- on the annotation's first
 * token, I- after); clitics stay inside their token (و|بوتين is one token tagged B-PER).
 */
export function toConll(text, annotations) {
  const out = [];
  let k = 0;
  let lastAnn = -1;
  for (const line of lines(text)) {
    let any = false;
    for (const m of text.slice(line.start, line.end).matchAll(/\S+/gu)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      while (k < annotations.length && annotations[k].utf16_end <= start) k++;
      let tag = 'O';
      const a = annotations[k];
      if (a && a.utf16_start < end) {
        tag = (k === lastAnn ? 'I-' : 'B-') + TAG[a.category];
        lastAnn = k;
      }
      out.push(`${m[0]}\t${tag}`);
      any = true;
    }
    if (any) out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

function* lines(text) {
  let start = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    yield { start, end: m.index };
    start = m.index + m[0].length;
  }
  yield { start, end: text.length };
}

/** Entities grouped by category: [{category, entries: [{key, count, indexes}]}], most mentioned first. */
export function groupEntities(annotations) {
  const groups = new Map(CATEGORIES.map((c) => [c, new Map()]));
  annotations.forEach((a, i) => {
    const key = a.category === 'date' ? a.text : a.canonical || a.text;
    const g = groups.get(a.category);
    if (!g.has(key)) g.set(key, { key, count: 0, indexes: [] });
    const e = g.get(key);
    e.count++;
    e.indexes.push(i);
  });
  return CATEGORIES.map((category) => ({
    category,
    entries: [...groups.get(category).values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'ar')),
  }));
}

/** Counts per category. */
export function countByCategory(annotations) {
  const n = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const a of annotations) n[a.category]++;
  return n;
}
