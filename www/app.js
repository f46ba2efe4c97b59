// The page: wires the text box, the worker, the annotated view, the legend, the exports and the
// entity list. User text only ever reaches the DOM as text nodes (never innerHTML), so pasted
// HTML is shown, not parsed. The body's data-state says what the page is doing
// (loading, pending, annotating, rendering, done, error), for people with assistive tech and for tests.
import { CATEGORIES, visibleResult, toConll, groupEntities, countByCategory, readableValue } from './render.js';

const $ = (id) => document.getElementById(id);
const textBox = $('text');
const refDate = $('refdate');
const view = $('view');
const tip = $('tip');
const status = $('status');
const progress = $('progress');
const entitiesBox = $('entities');

const visible = new Set(CATEGORIES);
const LABEL = {
  person: ['شخص', 'person'],
  location: ['مكان', 'location'],
  organization: ['منظمة', 'organization'],
  date: ['تاريخ', 'date'],
};
let current = { text: '', ref: '', result: { text_length: 0, utf16_length: 0, annotations: [] } };
let marks = [];
let seq = 0;
let renderToken = 0;

function setState(s) {
  document.body.dataset.state = s;
}
function say(ar, en) {
  status.replaceChildren(ar + ' · ');
  const e = document.createElement('span');
  e.lang = 'en';
  e.dir = 'ltr';
  e.textContent = en;
  status.append(e);
}
const mb = (n) => (n / 1e6).toFixed(1);

/** "n annotations" in Arabic, in the form the number takes (Intl.PluralRules: لا تعليمات، تعليم
 *  واحد، تعليمان، ٣ تعليمات، ١١ تعليمًا، ١٠٠ تعليم), digits as the rest of the page writes them. */
const AR_PLURAL = new Intl.PluralRules('ar');
function annotationsAr(n) {
  const d = n.toLocaleString('ar-EG');
  switch (AR_PLURAL.select(n)) {
    case 'zero': return 'لا تعليمات';
    case 'one': return 'تعليم واحد';
    case 'two': return 'تعليمان';
    case 'few': return `${d} تعليمات`;
    case 'many': return `${d} تعليمًا`;
    default: return `${d} تعليم`;
  }
}

// ---- the worker -------------------------------------------------------------------------------
let worker = null;
let busy = false;
function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.ready) {
      $('version').textContent = m.version;
      return;
    }
    if (m.id !== seq) return; // a stale answer
    busy = false;
    if (m.error) {
      setState('error');
      say('تعذّر التعليم: ' + m.error, 'Annotation failed: ' + m.error);
      settle(null);
      return;
    }
    show(pending.text, m.result, m.ms, pending.ref);
  };
  worker.onerror = (e) => {
    busy = false;
    settle(null);
    setState('error');
    say('تعذّر تحميل المحرّك', 'Could not load the annotator: ' + (e.message || 'worker error'));
  };
}
let pending = null;
function annotateNow() {
  const text = textBox.value;
  const options = { referenceDate: refDate.value || undefined };
  if (busy) {
    // A long job for outdated text: drop it rather than queue behind it.
    worker.terminate();
    startWorker();
  }
  seq += 1;
  pending = { text, ref: options.referenceDate || '' };
  busy = true;
  setState('annotating');
  if (text.length > 200_000) {
    progress.hidden = false;
    progress.removeAttribute('value'); // indeterminate while the worker runs
    say(`جارٍ التعليم… ${mb(text.length)} م.ب`, `annotating ${mb(text.length)} MB…`);
  }
  worker.postMessage({ id: seq, text, options });
}
let debounce = 0;
function scheduleAnnotate(delay = 250) {
  clearTimeout(debounce);
  setState('pending');
  debounce = setTimeout(annotateNow, delay);
}

// What waits for the annotation of the text on screen (an export pressed while it is pending).
let waiters = [];
function settle(value) {
  const w = waiters;
  waiters = [];
  for (const resolve of w) resolve(value);
}
/** The annotation of exactly the text and reference date on screen: at once when it is shown,
 *  else after annotating them now (the debounce skipped), so that an export never carries the
 *  annotations of a text that is no longer there. Null when annotating fails. */
function fresh() {
  const text = textBox.value;
  const ref = refDate.value || '';
  if (!busy && current.text === text && current.ref === ref) return Promise.resolve(current);
  return new Promise((resolve) => {
    waiters.push(resolve);
    if (!(busy && pending.text === text && pending.ref === ref)) {
      clearTimeout(debounce);
      annotateNow();
    }
  });
}

// ---- rendering --------------------------------------------------------------------------------
function show(text, result, ms, ref = '') {
  current = { text, ref, result };
  settle(current);
  hideTip(); // its mark is about to go
  const anns = result.annotations;
  const counts = countByCategory(anns);
  for (const c of CATEGORIES) document.querySelector(`output[data-count="${c}"]`).textContent = counts[c].toLocaleString('ar-EG');
  const token = ++renderToken;
  marks = new Array(anns.length);
  view.replaceChildren();
  setState('rendering');
  let i = 0;
  let pos = 0;
  const big = anns.length > 3000 || text.length > 300_000;
  if (big) {
    // a growing view would be laid out again after every chunk; lay it out once, when complete
    view.hidden = true;
    progress.hidden = false;
    progress.max = anns.length + 1;
    progress.value = 0;
  }
  const step = () => {
    if (token !== renderToken) return;
    const frag = document.createDocumentFragment();
    const t0 = performance.now();
    while (i < anns.length && (i % 256 !== 0 || performance.now() - t0 < 8)) {
      const a = anns[i];
      if (a.utf16_start > pos) frag.append(text.slice(pos, a.utf16_start));
      const m = document.createElement('mark');
      m.className = a.category;
      m.tabIndex = -1; // one tab stop for the whole view: see roving focus below
      m.dataset.i = i;
      m.textContent = text.slice(a.utf16_start, a.utf16_end);
      frag.append(m);
      marks[i] = m;
      pos = a.utf16_end;
      i++;
    }
    if (i >= anns.length) frag.append(text.slice(pos));
    view.append(frag);
    if (i < anns.length) {
      progress.value = i;
      setTimeout(step, 0);
      return;
    }
    progress.hidden = true;
    view.hidden = false;
    rove(null);
    renderEntities(anns);
    setState('done');
    say(`${annotationsAr(anns.length)} في ${Math.round(ms).toLocaleString('ar-EG')} م.ث`, `${anns.length} annotations in ${Math.round(ms)} ms`);
  };
  if (!text) {
    progress.hidden = true;
    renderEntities(anns);
    setState('done');
    status.replaceChildren();
    return;
  }
  step();
}

// ---- legend toggles: a class on the view, no re-annotation ----------------------------------
for (const box of document.querySelectorAll('#legend input[type="checkbox"]')) {
  box.addEventListener('change', () => {
    const c = box.dataset.cat;
    if (box.checked) visible.add(c);
    else visible.delete(c);
    view.classList.toggle('hide-' + c, !box.checked);
    rove(null); // the tab stop leaves a category that is hidden
    entitiesBox.querySelector(`[data-group="${c}"]`)?.toggleAttribute('hidden', !box.checked);
  });
}

// ---- roving focus over the highlights -------------------------------------------------------
// The view is one tab stop, its first visible highlight (or the one last focused); the arrow keys,
// Home and End move between visible highlights in reading order. 77,000 highlights are not 77,000
// Tab presses, and a hidden category takes no focus.
let roving = null;
function visibleMarks() {
  return marks.filter((m) => m && visible.has(m.className.split(' ')[0]));
}
function rove(target) {
  const list = visibleMarks();
  const next = target && list.includes(target) ? target : (list.includes(roving) ? roving : list[0] || null);
  if (roving && roving !== next) roving.tabIndex = -1;
  roving = next;
  if (roving) roving.tabIndex = 0;
}
view.addEventListener('keydown', (e) => {
  const m = e.target.closest('mark');
  if (!m) return;
  const list = visibleMarks();
  const i = list.indexOf(m);
  // reading order: the next highlight is to the left in Arabic (rtl)
  const step = { ArrowLeft: 1, ArrowDown: 1, ArrowRight: -1, ArrowUp: -1 }[e.key];
  let to = null;
  if (step) to = list[i + step];
  else if (e.key === 'Home') to = list[0];
  else if (e.key === 'End') to = list[list.length - 1];
  if (!to) return;
  e.preventDefault();
  rove(to);
  to.focus();
});
view.addEventListener('focusin', (e) => {
  const m = e.target.closest('mark');
  if (m) rove(m);
});

// ---- tooltip on hover and keyboard focus ------------------------------------------------------
function showTip(m) {
  const a = current.result.annotations[Number(m.dataset.i)];
  if (!a || !visible.has(a.category)) return hideTip();
  const [ar, en] = LABEL[a.category];
  const lines = [`${ar} · ${en}`];
  if (a.canonical && a.canonical !== a.text) lines.push(`الاسم المعياري: ${a.canonical}`);
  const readable = readableValue(a.value);
  if (readable) lines.push(readable[0], readable[1]);
  if (a.type) lines.push(`${a.type}${a.value ? ' = ' + a.value : ''}${a.mod ? ' (' + a.mod + ')' : ''}`);
  if (a.hijri) lines.push(`هجري: ${a.hijri}`);
  lines.push(`source: ${a.source}`);
  tip.replaceChildren();
  for (const l of lines) {
    const d = document.createElement('div');
    d.dir = 'auto';
    d.textContent = l;
    tip.append(d);
  }
  tip.hidden = false;
  const r = m.getBoundingClientRect();
  const w = tip.offsetWidth;
  tip.style.top = `${Math.min(window.innerHeight - tip.offsetHeight - 4, r.bottom + 6)}px`;
  tip.style.left = `${Math.max(4, Math.min(window.innerWidth - w - 4, r.left + r.width / 2 - w / 2))}px`;
  m.setAttribute('aria-describedby', 'tip');
}
function hideTip() {
  tip.hidden = true;
}
view.addEventListener('mouseover', (e) => e.target.closest('mark') && showTip(e.target.closest('mark')));
view.addEventListener('mouseout', (e) => e.target.closest('mark') && hideTip());
view.addEventListener('focusin', (e) => e.target.closest('mark') && showTip(e.target.closest('mark')));
view.addEventListener('focusout', hideTip);

// ---- entity list ----------------------------------------------------------------------------
function renderEntities(anns) {
  const frag = document.createDocumentFragment();
  for (const { category, entries } of groupEntities(anns)) {
    if (!entries.length) continue;
    const g = document.createElement('div');
    g.className = 'group';
    g.dataset.group = category;
    g.hidden = !visible.has(category);
    const h = document.createElement('h3');
    h.textContent = `${LABEL[category][0]} · ${LABEL[category][1]} (${entries.length})`;
    const ul = document.createElement('ul');
    for (const e of entries.slice(0, 300)) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = category;
      b.append(e.key + ' ');
      const n = document.createElement('span');
      n.className = 'n';
      n.textContent = `×${e.count}`;
      b.append(n);
      let k = 0;
      b.addEventListener('click', () => {
        const m = marks[e.indexes[k % e.indexes.length]];
        k++;
        if (!m) return;
        view.querySelector('mark.current')?.classList.remove('current');
        m.classList.add('current');
        m.scrollIntoView({ block: 'center', behavior: 'smooth' });
        m.focus({ preventScroll: true });
      });
      li.append(b);
      ul.append(li);
    }
    if (entries.length > 300) {
      const li = document.createElement('li');
      li.textContent = `… +${entries.length - 300}`;
      ul.append(li);
    }
    g.append(h, ul);
    frag.append(g);
  }
  entitiesBox.replaceChildren(frag);
}

// ---- exports ----------------------------------------------------------------------------------
function exportJson(doc) {
  return JSON.stringify(visibleResult(doc.result, visible), null, 2);
}
/** Runs `f` on the annotation of the text on screen, or says why it cannot. */
async function withFresh(f) {
  const doc = await fresh();
  if (!doc) say('تعذّر التصدير: فشل التعليم', 'Nothing exported: the annotation failed');
  else await f(doc);
}
async function copyText(s) {
  try {
    await navigator.clipboard.writeText(s);
    return true;
  } catch {
    const t = document.createElement('textarea');
    t.value = s;
    t.setAttribute('readonly', '');
    t.style.position = 'fixed';
    t.style.opacity = '0';
    document.body.append(t);
    t.select();
    const ok = document.execCommand('copy');
    t.remove();
    return ok;
  }
}
function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
$('copy').addEventListener('click', () => withFresh(async (doc) => {
  const n = visibleResult(doc.result, visible).annotations.length;
  if (await copyText(exportJson(doc))) say(`✓ نُسخ JSON (${annotationsAr(n)})`, `✓ JSON copied (${n} annotations)`);
  else say('تعذّر النسخ', 'Copy failed: the browser refused the clipboard');
}));
/** A download's name: wasim-YYYYMMDD-HHMM.EXT, the local time of the export, so that two exports
 *  do not both land as wasim.json. */
function exportName(ext) {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `wasim-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}.${ext}`;
}
$('download-json').addEventListener('click', () => withFresh((doc) => download(exportName('json'), 'application/json', exportJson(doc))));
$('download-conll').addEventListener('click', () => withFresh((doc) => {
  const anns = visibleResult(doc.result, visible).annotations;
  download(exportName('conll'), 'text/plain', toConll(doc.text, anns));
}));

// ---- files ------------------------------------------------------------------------------------
/** Puts the text of `file` in the box, or says why not and keeps the text there (a file that is
 *  not UTF-8 text would otherwise replace it with replacement characters). */
async function openFile(file) {
  if (!file) return;
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    say(`تعذّر فتح ${file.name}: ليس نصًا بترميز UTF-8`, `Could not open ${file.name}: not UTF-8 text; the text box is unchanged`);
    return;
  }
  textBox.value = text.replace(/^\uFEFF/, '');
  scheduleAnnotate(0);
  keep();
}
$('open-file').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', (e) => {
  openFile(e.target.files[0]);
  e.target.value = ''; // the same file again is a change too
});
// a file dropped anywhere on the page opens in it, instead of the browser leaving the page for it
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  if (!e.dataTransfer?.files.length) return;
  e.preventDefault();
  openFile(e.dataTransfer.files[0]);
});

// ---- start ----------------------------------------------------------------------------------
// The text and the reference date survive a reload of the tab (sessionStorage: this tab only,
// gone when it closes, never sent anywhere). A text too big for the storage is simply not kept.
const KEEP = 'wasim.text';
let keepTimer = 0;
function keep() {
  clearTimeout(keepTimer);
  keepTimer = setTimeout(() => {
    try {
      sessionStorage.setItem(KEEP, JSON.stringify({ text: textBox.value, ref: refDate.value }));
    } catch {
      sessionStorage.removeItem(KEEP);
    }
  }, 300);
}
try {
  const kept = JSON.parse(sessionStorage.getItem(KEEP) || 'null');
  if (kept && !textBox.value) {
    textBox.value = kept.text || '';
    refDate.value = kept.ref || '';
  }
} catch {
  /* a broken entry is ignored */
}
textBox.addEventListener('input', () => {
  hideTip();
  scheduleAnnotate();
  keep();
});
refDate.addEventListener('change', () => {
  scheduleAnnotate(0);
  keep();
});
setState('loading');
startWorker();
if (textBox.value) scheduleAnnotate(0);
else setState('done');
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
