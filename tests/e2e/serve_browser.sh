#!/usr/bin/env bash
# serve in a real browser (Debian's Chromium through playwright-core): an edit reloads the page that shows
# it and leaves an unrelated page alone; an error shows on every open page and goes away once fixed.
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
const [url, tool, exe] = process.argv.slice(2);
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
    await wait(300);
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('title: Partnership Compact\n', 'title: Compact Seen Live\n'));
    await until('tool page reloaded with the edit', () => toolPage.evaluate(() =>
      window.__marker === undefined && document.querySelector('h1').textContent.includes('Compact Seen Live')));
    await wait(1000);
    if (await other.evaluate(() => window.__marker) !== 1) throw new Error('an unrelated page reloaded');

    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('stages: [start, grow]', 'stages: [start, grwo]'));
    for (const p of [toolPage, other])
      await until('error page shown', () => p.evaluate(() => document.body.textContent.includes('The site has 1 error') &&
        document.body.textContent.includes('01-compact.md:6')));
    fs.writeFileSync(tool, fs.readFileSync(tool, 'utf8').replace('grwo', 'grow'));
    await until('page back after the fix', () => toolPage.evaluate(() => document.querySelector('h1').textContent.includes('Compact Seen Live')));
    await until('other page back after the fix', () => other.evaluate(() => !document.body.textContent.includes('The site has')));
    console.log('browser reload ok');
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
JS
NODE_PATH="$modules" timeout 120 node "$WORK/live.js" "$URL" "$WORK/content/tools/01-compact.md" "$chromium" || fail "live reload in the browser"
stop_serve
echo "serve browser ok"
