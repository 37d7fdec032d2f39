// Shared helpers for the browser tests: serve a folder under a sub-path on a free loopback port,
// and drive Debian's Chromium with playwright-core (no browser is ever downloaded).
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|wasm))/;

/// Serves dir at http://127.0.0.1:<free port><prefix>. Options: prefix ('/sub/'), gzip (compress text
/// types when the client accepts it, as most static hosts do). Returns {url, log, close}; log lists
/// every response as {path, status, bytes} (bytes = body bytes on the wire).
function serve(dir, { prefix = '/sub/', gzip = false } = {}) {
  const root = path.resolve(dir);
  const log = [];
  const server = http.createServer((req, res) => {
    const send = (status, body, type, extra = {}) => {
      let data = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra };
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        data = zlib.gzipSync(data);
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = data.length;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
      log.push({ path: req.url, status, bytes: data.length });
    };
    const url = new URL(req.url, 'http://localhost');
    let rel;
    try { rel = decodeURIComponent(url.pathname); } catch (e) { return send(400, 'bad path', 'text/plain'); }
    if (!rel.startsWith(prefix)) return send(404, 'not found', 'text/plain');
    let file = path.join(root, rel.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden', 'text/plain');
    let stat = fs.existsSync(file) ? fs.statSync(file) : null;
    if (stat && stat.isDirectory()) {
      if (!url.pathname.endsWith('/')) return send(301, '', 'text/plain', { Location: url.pathname + '/' + url.search });
      file = path.join(file, 'index.html');
      stat = fs.existsSync(file) ? fs.statSync(file) : null;
    }
    if (!stat || !stat.isFile()) return send(404, 'not found', 'text/plain');
    send(200, fs.readFileSync(file), TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream');
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, log, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/// Launches Chromium with a fresh, throw-away profile; `args`: more command-line switches. Returns {context, close}.
async function launch({ args = [] } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS.concat(args), viewport: { width: 1200, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/// The search page of the HTML contract (used until the site's own templates provide one):
/// header search form, the search form with filters, the status region, the result list and the script.
function contractSearchPage(meta, titles = {}) {
  const opts = (values, label) => ['<option value="">All</option>']
    .concat(values.map((v) => `<option value="${v}">${label(v)}</option>`)).join('');
  const kinds = meta.kinds.filter((k) => k[3] > 0).map((k) => k[0]);
  const kindLabel = Object.fromEntries(meta.kinds.map((k) => [k[0], k[1]]));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search</title></head>
<body data-root="../">
<header><form role="search" action="../search/" method="get" class="site-search">
<label for="site-search-q">Search the toolkit</label><input type="search" id="site-search-q" name="q"> <button>Search</button></form></header>
<main><h1>Search</h1>
<form role="search" id="search-form" action="./" method="get">
<label for="search-q">Search for</label> <input type="search" id="search-q" name="q">
<label for="search-kind">Type</label> <select id="search-kind" name="kind">${opts(kinds, (k) => kindLabel[k])}</select>
<label for="search-stage">Stage</label> <select id="search-stage" name="stage">${opts(meta.stages, (s) => titles[s] || s)}</select>
<label for="search-focus">Focus area</label> <select id="search-focus" name="focus">${opts(meta.focus, (s) => titles[s] || s)}</select>
<button>Search</button></form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results"></ol>
<noscript><p>Search needs JavaScript.</p></noscript>
</main>
<script src="../js/search.js" defer></script>
</body></html>
`;
}

/// Makes sure site has a search page and the client: when the build did not write a search page that
/// follows the contract, writes contractSearchPage() and copies the theme's search.js. Returns true when
/// the site's own page was used.
function ensureSearchPage(site, sourceDir) {
  const page = path.join(site, 'search', 'index.html');
  if (fs.existsSync(page) && /id="search-results"/.test(fs.readFileSync(page, 'utf8'))) return true;
  const meta = JSON.parse(indexFile(site, 'meta.json').toString('utf8'));
  fs.writeFileSync(page, contractSearchPage(meta));
  fs.mkdirSync(path.join(site, 'js'), { recursive: true });
  fs.copyFileSync(path.join(sourceDir, 'themes/default/static/js/search.js'), path.join(site, 'js', 'search.js'));
  return false;
}

/// One file of a built site's search index (name as search.js asks for it: 'meta.json', 'v/0.bin', ...),
/// read from the script that carries it (search/<name>.js: tkSearch("<name>", "<base64>")), gunzipped
/// when it is gzip. Fails when the script names another file.
function indexFile(site, name) {
  const js = fs.readFileSync(path.join(site, 'search', name.replace(/\.[a-z]+$/, '.js')), 'utf8');
  const m = /^tkSearch\("([^"]+)","([A-Za-z0-9+/=]*)"\);\n$/.exec(js);
  if (!m) throw new Error(`search/${name}: not a tkSearch script`);
  if (m[1] !== name) throw new Error(`search/${name}: carries ${m[1]}`);
  const b = Buffer.from(m[2], 'base64');
  return b[0] === 0x1f && b[1] === 0x8b ? zlib.gunzipSync(b) : b;
}

module.exports = { serve, launch, contractSearchPage, ensureSearchPage, indexFile, CHROMIUM };
