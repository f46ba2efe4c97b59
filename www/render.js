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
 * CoNLL with BIO tags: one token per line, `token<TAB>tag`; a blank line after each line of the
 * text. A token is a run of letters, marks and digits, or one other character that is not a
 * space (بغداد، is بغداد then ،). A token touched by an annotation takes its tag (B- on the
 * annotation's first token, I- after); clitics stay inside their token (و|بوتين is one token
 * tagged B-PER).
 */
export function toConll(text, annotations) {
  const out = [];
  let k = 0;
  let lastAnn = -1;
  for (const line of lines(text)) {
    let any = false;
    for (const m of text.slice(line.start, line.end).matchAll(/[\p{L}\p{M}\p{N}\u200c\u200d]+|[^\s\p{L}\p{M}\p{N}\u200c\u200d]/gu)) {
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

const PARTS_OF_DAY = {
  MO: ['صباحًا', 'morning'], MI: ['ظهرًا', 'noon'], AF: ['بعد الظهر', 'afternoon'],
  EV: ['مساءً', 'evening'], NI: ['ليلًا', 'night'], DT: ['نهارًا', 'daytime'],
};
const SEASONS = { SP: ['الربيع', 'spring'], SU: ['الصيف', 'summer'], FA: ['الخريف', 'autumn'], WI: ['الشتاء', 'winter'] };
const REFS = { PAST_REF: ['الماضي', 'the past'], PRESENT_REF: ['الحاضر', 'the present'], FUTURE_REF: ['المستقبل', 'the future'] };
const UNITS = { Y: 'years', M: 'months', W: 'weeks', D: 'days', H: 'hours', TM: 'minutes', S: 'seconds' };

/**
 * A TIMEX3 value as a person reads it, in Arabic and English (`['الخميس ١٠ أبريل ٢٠٢٥', 'Thursday
 * 10 April 2025']`), from the browser's own CLDR data (Intl); null for a value it does not read.
 * Dates, months, years, weekdays, seasons, parts of the day, clock times, durations, references.
 */
export function readableValue(value) {
  if (!value) return null;
  if (REFS[value]) return REFS[value];
  const fmt = (opts, parts) => ['ar-EG', 'en-GB'].map((l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...opts }).format(Date.UTC(...parts)));
  let m = value.match(/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/);
  if (m && value !== 'P' && value !== 'PT' && typeof Intl.DurationFormat === 'function') {
    const d = {};
    ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'].forEach((k, i) => { if (m[i + 1]) d[k] = Number(m[i + 1]); });
    return ['ar-EG', 'en-GB'].map((l) => new Intl.DurationFormat(l, { style: 'long' }).format(d));
  }
  m = value.match(/^(\d{4}|XXXX)(?:-(\d\d|XX))?(?:-(\d\d|XX))?(?:T(\d\d):(\d\d)|T(MO|MI|AF|EV|NI|DT))?$/);
  if (m) {
    const [, y, mo, d, hh, mm, part] = m;
    let day = null;
    if (y !== 'XXXX' && mo && mo !== 'XX' && d && d !== 'XX') day = fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, [+y, +mo - 1, +d]);
    else if (y !== 'XXXX' && mo && mo !== 'XX' && !d) day = fmt({ month: 'long', year: 'numeric' }, [+y, +mo - 1, 1]);
    else if (y === 'XXXX' && mo && mo !== 'XX' && d && d !== 'XX') day = fmt({ day: 'numeric', month: 'long' }, [2000, +mo - 1, +d]);
    else if (y === 'XXXX' && mo && mo !== 'XX' && !d) day = fmt({ month: 'long' }, [2000, +mo - 1, 1]);
    else if (y !== 'XXXX' && !mo) day = fmt({ year: 'numeric' }, [+y, 0, 1]);
    let time = null;
    if (hh) time = fmt({ hour: 'numeric', minute: '2-digit' }, [2000, 0, 1, +hh, +mm]);
    else if (part) time = PARTS_OF_DAY[part];
    if (!day && !time) return null;
    if (!day) return time;
    return time ? [`${day[0]}، ${time[0]}`, `${day[1]}, ${time[1]}`] : day;
  }
  m = value.match(/^XXXX-WXX-([1-7])$/);
  if (m) return fmt({ weekday: 'long' }, [2024, 0, Number(m[1])]); // 2024-01-01 was a Monday
  m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/);
  if (m) {
    const y = ['ar-EG', 'en-GB'].map((l) => new Intl.NumberFormat(l, { useGrouping: false }).format(Number(m[1])));
    return [`${SEASONS[m[2]][0]} ${y[0]}`, `${SEASONS[m[2]][1]} ${y[1]}`];
  }
  return null;
}
