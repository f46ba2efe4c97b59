// Offline support: network first (so a rebuilt page is always picked up), the cache when offline.
// Only the page's own files, same origin, GET.
const CACHE = 'wasim-v1';
const FILES = ['./', './index.html', './style.css', './app.js', './render.js', './worker.js', './pkg/wasim.js', './pkg/wasim_bg.wasm'];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).catch(() => {}).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(
    fetch(e.request)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(e.request, copy));
        }
        return res;
      })
      // offline: the cached file, whatever the query string (/?q=1 is the page)
      .catch(() => caches.match(e.request, { ignoreSearch: true }).then((r) => r || Response.error())),
  );
});
