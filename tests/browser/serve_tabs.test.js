// Twenty tabs of `toolkitgen serve` in one Chromium: all of them load (a browser opens at most six
// connections to a host, so a page that held one open would starve the seventh tab), and all of them reload
// after a save (measured from the file write to each tab's request and to its new page: see the bounds). Env: SERVE_URL (the running
// preview), TOOL (the tool's .md file it shows), SITE (site.yaml, whose footer every page shows).
// Run by tests/e2e/serve_tabs.sh.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const { after, before, test } = require('node:test');
const { launch } = require('./lib');

const URL = process.env.SERVE_URL, TOOL = process.env.TOOL, SITE = process.env.SITE;
if (!URL || !TOOL || !SITE) throw new Error('SERVE_URL, TOOL and SITE must be set');
const TABS = 20;
const PATHS = ['tools/compact/', 'stages/start/', 'tools/compact/', 'accessibility/'];  // pages that list the tool, and one that does not

let browser;
const pages = [];
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test(`${TABS} tabs all load`, async () => {
  for (let i = 0; i < TABS; ++i) pages.push(await browser.context.newPage());
  // Opened one after the other, each kept open: the tabs before it are live (polling) while it loads.
  for (let i = 0; i < TABS; ++i) {
    const p = pages[i];
    const polled = p.waitForResponse((r) => r.url().includes('/__toolkitgen/poll?'), { timeout: 10000 });
    await p.goto(URL + PATHS[i % PATHS.length], { timeout: 10000 });
    assert.ok((await p.textContent('h1')).length > 0, `tab ${i + 1} has no heading`);
    await polled;
    await p.evaluate(() => { window.__marker = 1; });
  }
});

// Saves `edit` to `file` and waits until every tab for which shows(i) holds displays `text` on a new page.
// Returns, per tab, when it asked for the page again and when it showed it (ms after the write; 0: it did not).
async function save(file, edit, text, shows) {
  for (const p of pages) await p.evaluate(() => { window.__marker = 1; });
  await new Promise((r) => setTimeout(r, 500));
  const asked = pages.map(() => 0);  // when each tab asked for its page again (the reload began)
  let saved = 0;
  const listeners = pages.map((p, i) => {
    const l = (r) => { if (saved && !asked[i] && r.isNavigationRequest() && r.frame() === p.mainFrame()) asked[i] = Date.now() - saved; };
    p.on('request', l);
    return l;
  });
  saved = Date.now();
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  const shown = await Promise.all(pages.map(async (p, i) => {
    if (!shows(i)) return 0;
    await p.waitForFunction((t) => window.__marker === undefined && document.body.textContent.includes(t),
      text, { timeout: 10000, polling: 10 });
    return Date.now() - saved;
  }));
  pages.forEach((p, i) => p.off('request', listeners[i]));
  const sorted = shown.filter((t) => t > 0).sort((a, b) => a - b);
  const [load] = os.loadavg(), cores = os.cpus().length;
  console.log(`${sorted.length} tabs reloaded: asked for the page again at most ${Math.max(...asked)} ms after the save, ` +
    `showed it after ${sorted[0]} ms (first), ${sorted[sorted.length >> 1]} ms (median), ${sorted[sorted.length - 1]} ms (last) ` +
    `(load average ${load.toFixed(1)} on ${cores} cores)`);
  assert.ok(asked.every((t, i) => !shows(i) || t > 0), 'a tab showed the edit without reloading');
  return { asked, shown, load, cores };
}

// The bounds. Every tab's reload begins (it asks for its page again) within 2 s of the save: the poll
// channel reaches all twenty tabs, none starved. Every tab shows the new page within 5 s: on 2 cores
// Chromium takes 1.5-2.7 s to render twenty pages at once, idle or not (issue 22 asks for 1 s: not met yet,
// so this bound is what is true today, and the numbers are printed on every run).
// A machine busier than its cores (load average above the core count, other tests running) stretches both
// by load / cores, and says so.
const ASK_MS = 2000, SHOW_MS = 5000;
function check({ asked, shown, load, cores }, shows) {
  const f = Math.max(1, load / cores);
  if (f > 1) console.log(`the machine is busy (load ${load.toFixed(1)} > ${cores} cores): bounds x${f.toFixed(1)}`);
  asked.forEach((t, i) => assert.ok(!shows(i) || t <= ASK_MS * f, `tab ${i + 1} asked for its page again ${t} ms after the save`));
  shown.forEach((t, i) => assert.ok(t <= SHOW_MS * f, `tab ${i + 1} showed the edit ${t} ms after the save`));
}

test(`all ${TABS} tabs reload after a save that every page shows (the footer)`, async () => {
  const r = await save(SITE, (s) => s.replace(/^footer: "/m, 'footer: "Footer Seen Everywhere · '),
    'Footer Seen Everywhere', () => true);
  check(r, () => true);
});

test(`the ${TABS - TABS / PATHS.length} tabs that show a tool reload after its save, the others stay`, async () => {
  const shows = (i) => PATHS[i % PATHS.length] !== 'accessibility/';
  const r = await save(TOOL, (s) => s.replace(/^title: .*$/m, 'title: Seen In Every Tab'), 'Seen In Every Tab', shows);
  check(r, shows);
  // The page that does not show the tool was left alone.
  for (let i = 0; i < TABS; ++i)
    if (!shows(i)) assert.strictEqual(await pages[i].evaluate(() => window.__marker), 1, `tab ${i + 1} reloaded for nothing`);
});
