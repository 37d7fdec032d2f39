// Search benchmark, ours against Pagefind on the same built site, in Debian's Chromium (playwright-core):
// index size, bytes fetched before the first result shows (cold, with and without HTTP gzip), query time.
// Usage: node bench/search_bench.js --label NAME --ours SITE_DIR --pagefind SITE_WITH_PAGEFIND_DIR [--json FILE]
'use strict';
const fs = require('fs');
const path = require('path');
const { serve, launch } = require('../tests/browser/lib.js');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const FIRST = ['mentor training', 'partnership agreement', 'budget'];
const QUERIES = FIRST.concat(['placement schedule cohort', 'data', 'residen', 'practicum seminar workshop',
  'student teacher', 'evaluation rubric feedback', 'partnersip']);
const RUNS = 7;

function walk(dir, skip = () => false) {
  let files = 0, bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (skip(e.name)) continue;
    if (e.isDirectory()) { const r = walk(p, skip); files += r.files; bytes += r.bytes; }
    else { files++; bytes += fs.statSync(p).size; }
  }
  return { files, bytes };
}

// Pagefind's own files needed for search through its JS API (the UI bundles are left out).
const PF_UI = (name) => /ui|highlight|playground/.test(name);

function pagefindPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><ol id="search-results"></ol>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('../pagefind/pagefind.js');
await pagefind.options({ baseUrl: '/sub/', excerptLength: 28 });
await pagefind.init();
window.pagefindApi = pagefind;
if (q) {
  const s = await pagefind.search(q);
  const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
  const ol = document.getElementById('search-results');
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title;
    const p = document.createElement('p');
    p.innerHTML = d.excerpt;
    li.append(a, p);
    ol.append(li);
  }
}
window.pagefindReady = true;
</script></body></html>
`;
}

const COUNTED = /\.(js|json|bin|wasm)(\?|$)|\.pf_(meta|index|fragment|filter)(\?|$)|pagefind\.[a-z0-9]+\.pf_/;

// Loads url, waits for the first result; returns {bytes, requests, ms} of index and script traffic.
async function firstResult(page, server, url) {
  const mark = server.log.length;
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#search-results li', { timeout: 30000 });
  const ms = Date.now() - t0;
  const got = server.log.slice(mark).filter((x) => x.status === 200 && COUNTED.test(x.path));
  return { bytes: got.reduce((n, x) => n + x.bytes, 0), requests: got.length, ms };
}

function median(xs) { const s = xs.slice().sort((a, b) => a - b); return s[s.length >> 1]; }

async function queryTimes(page, fn) {
  return page.evaluate(async ({ queries, runs, fn }) => {
    const search = new Function('q', fn);  // eslint-disable-line no-new-func
    const out = {};
    for (const q of queries) {
      await search(q);  // warm: index parts for q loaded
      const times = [];
      let hits = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        hits = await search(q);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out[q] = { ms: times[times.length >> 1], hits };
    }
    return out;
  }, { queries: QUERIES, runs: RUNS, fn });
}

async function main() {
  const ours = path.resolve(args.ours), pf = path.resolve(args.pagefind);
  fs.mkdirSync(path.join(pf, 'pfsearch'), { recursive: true });
  fs.writeFileSync(path.join(pf, 'pfsearch', 'index.html'), pagefindPage());
  const result = {
    label: args.label || '',
    docs: JSON.parse(require('../tests/browser/lib').indexFile(ours, 'meta.json').toString('utf8')).docs,
    size: {
      ours: walk(path.join(ours, 'search')),
      oursClient: fs.statSync(path.join(ours, 'js', 'search.js')).size,
      pagefind: walk(path.join(pf, 'pagefind'), PF_UI),
    },
    first: {},
    query: {},
  };
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    for (const gzip of [false, true]) {
      const mode = gzip ? 'gzip' : 'raw';
      const so = await serve(ours, { gzip }), sp = await serve(pf, { gzip });
      result.first[mode] = {};
      for (const q of FIRST) {
        const e = encodeURIComponent(q);
        const a = [], b = [];
        for (let i = 0; i < 3; i++) {
          a.push(await firstResult(page, so, `${so.url}search/?q=${e}`));
          b.push(await firstResult(page, sp, `${sp.url}pfsearch/?q=${e}`));
        }
        result.first[mode][q] = {
          ours: { bytes: a[0].bytes, requests: a[0].requests, ms: median(a.map((x) => x.ms)) },
          pagefind: { bytes: b[0].bytes, requests: b[0].requests, ms: median(b.map((x) => x.ms)) },
        };
      }
      if (!gzip) {
        await page.goto(`${so.url}search/?q=${encodeURIComponent(FIRST[0])}`);
        await page.waitForSelector('#search-results li');
        const o = await queryTimes(page, 'return window.toolkitSearch.search(q).then((r) => r.hits.length);');
        await page.goto(`${sp.url}pfsearch/`);
        await page.waitForFunction(() => window.pagefindReady === true);
        const p = await queryTimes(page, 'return window.pagefindApi.search(q).then((r) => r.results.length);');
        for (const q of QUERIES) result.query[q] = { ours: o[q], pagefind: p[q] };
      }
      await so.close();
      await sp.close();
    }
  } finally {
    await browser.close();
  }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(result, null, 1));
  print(result);
}

function kb(n) { return (n / 1024).toFixed(1) + ' KB'; }

function print(r) {
  console.log(`\n## ${r.label}: ${r.docs} pages`);
  console.log(`index on disk: ours ${kb(r.size.ours.bytes)} in ${r.size.ours.files} files (+ search.js ${kb(r.size.oursClient)});` +
    ` Pagefind ${kb(r.size.pagefind.bytes)} in ${r.size.pagefind.files} files (UI bundles not counted)`);
  console.log('\nbytes fetched before the first result shows (scripts + index, cold cache; 10 results with excerpts):');
  console.log('| query | transport | ours | Pagefind | ours ms | Pagefind ms |');
  console.log('|---|---|---|---|---|---|');
  for (const mode of Object.keys(r.first)) {
    for (const [q, x] of Object.entries(r.first[mode])) {
      console.log(`| ${q} | ${mode} | ${kb(x.ours.bytes)} (${x.ours.requests} req) | ${kb(x.pagefind.bytes)} (${x.pagefind.requests} req) |` +
        ` ${x.ours.ms} | ${x.pagefind.ms} |`);
    }
  }
  console.log('\nquery time, warm (median of ' + RUNS + ' runs; search only, no rendering):');
  console.log('| query | ours ms (hits) | Pagefind ms (hits) |');
  console.log('|---|---|---|');
  for (const [q, x] of Object.entries(r.query)) {
    console.log(`| ${q} | ${x.ours.ms.toFixed(2)} (${x.ours.hits}) | ${x.pagefind.ms.toFixed(2)} (${x.pagefind.hits}) |`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
