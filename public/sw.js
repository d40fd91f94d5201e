// Pforte's service worker: an applicant who loses the connection mid-form can reload and go
// on, with the app, the form and its translations from this cache and the answers from the
// encrypted draft (app/src/drafts.rs). Hand-written, no libraries, registered by
// app/src/offline.rs.
//
// Design: nothing is listed up front. Install stores only "/" (the app shell; every app route
// serves the same index.html and the app routes on the client); everything else is stored as
// it passes by. The build's file names are not parsed out of index.html: a file fetched while
// this worker was not yet in control is still in the HTTP cache (immutable for a year) and
// comes into this cache on its next load.
//
//   navigations                      network first; offline, the stored "/" (the shell)
//   /status, /appointments…, /kiosk, not touched: pages with a wasm of their own
//   /ticket, /office                 (services.html, desk.html), not the form's shell, and
//                                    of no use without the network
//   GET /api/v1/forms[/<id>]         network first; offline, the stored copy
//   GET /api/v1/locales/...          network first; offline, the stored copy
//   <name>-<16 hex>[_bg].wasm|js|css cache first: a hashed name never changes content
//   anything else                    not touched: other API calls (submissions, uploads,
//                                    status look-ups with a secret) are never stored
//
// Nothing personal is ever stored here.

// Bump when what is stored changes shape; activate deletes every other pforte cache.
const CACHE = 'pforte-v1';
const SHELL = '/';
const CACHED_API = /^\/api\/v1\/(forms(\/[^/]+)?|locales\/.+)$/;
// The pages with a wasm of their own (the server's assets.rs PAGES), and their files.
const OWN_PAGE = /^\/(status|appointments|appointments\/cancel|kiosk|ticket|office)$/;
const OWN_FILES = /^\/pforte-(services|desk)-/;
// Trunk's hashed names; the groups are what stays the same from one build to the next. The
// hash is a 64-bit number in hex without leading zeros: usually 16 digits, sometimes fewer
// (the server's assets.rs reads them the same way).
const HASHED = /^(\/.*-)[0-9a-f]{10,16}((?:_bg)?\.(?:wasm|js|css))$/;
// On a weak connection a request can hang for a minute; after this long a stored copy answers
// (the network's answer, when it comes, still refreshes the cache).
const PATIENCE_MS = 5000;

self.addEventListener('install', (event) => {
  // A shell that cannot be fetched now is stored by the next navigation instead.
  event.waitUntil(caches.open(CACHE).then((c) => c.add(SHELL)).catch(() => {}).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('pforte-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (CACHED_API.test(path)) {
    event.respondWith(networkFirst(event, request, request));
  } else if (path.startsWith('/api/') || OWN_PAGE.test(path)) {
    // never stored
  } else if (request.mode === 'navigate') {
    event.respondWith(networkFirst(event, request, SHELL));
  } else if (HASHED.test(path) && !OWN_FILES.test(path)) {
    event.respondWith(cacheFirst(event, request, path));
  }
});

// The network's answer, stored under `key`; offline (or after PATIENCE_MS) the stored copy.
function networkFirst(event, request, key) {
  const fresh = fetch(request).then((response) => {
    // Only a good answer replaces the copy, and only an HTML page may become the shell.
    const html = (response.headers.get('content-type') || '').startsWith('text/html');
    if (response.ok && (key !== SHELL || html)) store(event, key, response);
    return response;
  });
  event.waitUntil(fresh.catch(() => {})); // keep the worker alive until the copy is stored
  const stored = () => caches.match(key);
  const offline = fresh.catch((error) => stored().then((hit) => hit || Promise.reject(error)));
  const slow = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS))
    .then(stored)
    .then((hit) => hit || offline);
  return Promise.race([offline, slow]);
}

// The stored copy, else the network's answer, stored. Storing a build's file drops the other
// builds' copies of it, so the cache holds one app, not one per release.
function cacheFirst(event, request, path) {
  return caches.match(request).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok) store(event, request, response, path);
    return response;
  }));
}

function store(event, key, response, hashedPath) {
  const copy = response.clone(); // now, before the page starts reading the body
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.put(key, copy).then(() => hashedPath && dropOtherBuilds(cache, hashedPath))));
}

function dropOtherBuilds(cache, path) {
  const [, stem, tail] = path.match(HASHED);
  return cache.keys().then((requests) => Promise.all(requests
    .filter((r) => {
      const other = new URL(r.url).pathname;
      const m = other.match(HASHED);
      return other !== path && m && m[1] === stem && m[2] === tail;
    })
    .map((r) => cache.delete(r))));
}
