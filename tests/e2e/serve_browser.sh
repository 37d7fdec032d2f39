#!/usr/bin/env bash
# serve in a real browser (Debian's Chromium through playwright-core): an edit updates the page that shows
# it in place (no reload, scroll kept) and leaves an unrelated page alone; the updated page's scripts work
# (the form keeps answers and makes a filled PDF; search finds); idle tabs ask nothing, a browser without Web Locks polls and is as live; an error shows
# on every open page and goes away once fixed.
source "$(dirname "$0")/lib.bash"
source "$(dirname "$0")/serve_lib.bash"
need_browser playwright-core
modules="$browser/node_modules"
cp -r "$TK_SOURCE_DIR/tests/fixtures/site_minimal" "$WORK/content"
start_serve "$WORK/content" "$TK_SOURCE_DIR/themes/default"

cat >"$WORK/live.js" <<'JS'
'use strict';
const fs = require('fs');
const { chromium } = require('playwright-core');
const [url, tool, exe, site] = process.argv.slice(2);
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, fn, ms = 10000) {
  for (const end = Date.now() + ms; Date.now() < end; await wait(100)) if (await fn().catch(() => false)) return;
  throw new Error('timed out: ' + what);
}
(async () => {
  const browser = await chromium.launch({ executablePath: exe, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const ctx = await browser.newContext();
    const toolPage = await ctx.newPage(), other = await ctx.newPage();
    for (const [p, path] of [[toolPage, 'tools/compact/'], [other, 'accessibility/']]) {
      // The page is listening once its first poll has been answered.
      const stream = p.waitForResponse((r) => r.url().includes('/__toolkitgen/poll?'), { timeout: 10000 });
      await p.goto(url + path);
      await stream;
      await p.evaluate(() => { window.__marker = 1; });
    }
    await toolPage.evaluate(() => window.scrollTo(0, 300));
    await wait(300);
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('title: Partnership Compact\n', 'title: Compact Seen Live\n'));
    await until('tool page updated in place with the edit', () => toolPage.evaluate(() =>
      window.__marker === 1 && document.querySelector('h1').textContent.includes('Compact Seen Live') &&
      document.title.includes('Compact Seen Live')));
    if (await toolPage.evaluate(() => window.scrollY) !== 300) throw new Error('the update in place lost the scroll position');
    await wait(1000);
    if (await other.evaluate(() => window.__marker) !== 1) throw new Error('an unrelated page reloaded');

    // The updated page's scripts run again: the form keeps what is typed, its PDF button fills the PDF.
    await toolPage.fill('#tk-form textarea', 'Typed after the update');
    if (!(await toolPage.evaluate(() => Object.keys(localStorage).some((k) => localStorage[k].includes('Typed after the update')))))
      throw new Error('the form does not keep answers after an update in place');
    const [dl] = await Promise.all([toolPage.waitForEvent('download', { timeout: 60000 }), toolPage.click('[data-tk-fill="pdf"]')]);
    const filled = fs.readFileSync(await dl.path());
    const blank = Buffer.from(await (await toolPage.request.get(url + 'tools/compact/compact.pdf')).body());
    if (filled.subarray(0, 5).toString() !== '%PDF-' || filled.equals(blank) || !/\.pdf$/.test(dl.suggestedFilename()))
      throw new Error('no filled PDF after an update in place');

    // Search, on a search page updated in place (the footer is on every page).
    const search = await ctx.newPage();
    const polled = search.waitForResponse((r) => r.url().includes('/__toolkitgen/poll?'), { timeout: 10000 });
    await search.goto(url + 'search/');
    await polled;
    await search.evaluate(() => { window.__marker = 1; });
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/^footer: "/m, 'footer: "Footer Seen Live · '));
    await until('search page updated in place', () => search.evaluate(() =>
      window.__marker === 1 && document.body.textContent.includes('Footer Seen Live')));
    await search.fill('#search-q', 'compact');
    await until('search results after the update', () => search.evaluate(() =>
      document.querySelectorAll('#search-results > li').length > 0));
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8') + '\nA quokkaword sentence.\n');

    // Idle tabs ask nothing: one of them waits for the next rebuild for all (Web Locks, BroadcastChannel).
    await until('tool page shows the new sentence', () => toolPage.evaluate(() => document.body.textContent.includes('quokkaword')));
    await wait(500);  // the poll after an update
    const asked = [];
    for (const p of ctx.pages()) p.on('request', (r) => { if (!/\/__toolkitgen\/wait\?/.test(r.url())) asked.push(r.url()); });
    await wait(1500);
    if (asked.length) throw new Error('idle tabs asked: ' + asked.join(', '));
    // A browser without Web Locks asks every 150 ms instead, and is as live.
    const old = await browser.newContext();
    await old.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'locks', { get() { return undefined; } }); });
    const oldPage = await old.newPage();
    const oldPolled = oldPage.waitForResponse((r) => r.url().includes('/__toolkitgen/poll?'), { timeout: 10000 });
    await oldPage.goto(url + 'tools/compact/');
    await oldPolled;
    let polls = 0;
    oldPage.on('request', (r) => { if (r.url().includes('/__toolkitgen/poll?')) ++polls; if (r.url().includes('/__toolkitgen/wait?')) polls = -1e9; });
    await oldPage.evaluate(() => { window.__marker = 1; });
    await wait(1000);
    if (polls < 3) throw new Error('a browser without Web Locks polled ' + polls + ' times in 1 s');
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('title: Compact Seen Live\n', 'title: Compact Seen Again\n'));
    await until('page without Web Locks updated in place', () => oldPage.evaluate(() =>
      window.__marker === 1 && document.querySelector('h1').textContent.includes('Compact Seen Again')));
    await until('page with Web Locks updated too', () => toolPage.evaluate(() => document.querySelector('h1').textContent.includes('Compact Seen Again')));
    await old.close();

    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('stages: [start, grow]', 'stages: [start, grwo]'));
    for (const p of [toolPage, other])
      await until('error page shown', () => p.evaluate(() => document.body.textContent.includes('The site has 1 error') &&
        document.body.textContent.includes('01-compact.md:6')));
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('grwo', 'grow'));
    await until('page back after the fix', () => toolPage.evaluate(() => document.querySelector('h1').textContent.includes('Compact Seen Again')));
    await until('other page back after the fix', () => other.evaluate(() => !document.body.textContent.includes('The site has')));
    console.log('browser reload ok');
  } catch (e) {
    // Where each open page was when it failed.
    for (const p of browser.contexts().flatMap((c) => c.pages()))
      console.error(p.url() + ': ' + (await p.evaluate(() => document.title + ' | ' + document.body.textContent.replace(/\s+/g, ' ').slice(0, 200)).catch((x) => x.message)));
    throw e;
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
JS
NODE_PATH="$modules" timeout 120 node "$WORK/live.js" "$URL" "$WORK/content/tools/01-compact.md" "$chromium" "$WORK/content/site.yaml" || fail "live reload in the browser"
stop_serve
echo "serve browser ok"
