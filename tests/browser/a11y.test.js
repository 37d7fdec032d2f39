// axe-core over every HTML page of built sites, in Debian's Chromium, at desktop width and at 320 CSS px:
// zero WCAG 2.1 A and AA violations.
// Env: SITE_DIRS (built sites, separated by ':'). Run: node --test tests/browser/a11y.test.js
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { after, before, test } = require('node:test');
const { serve, launch } = require('./lib');

const SITES = (process.env.SITE_DIRS || '').split(path.delimiter).filter(Boolean);
if (SITES.length === 0) throw new Error('SITE_DIRS is not set');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TABS = 2;  // pages checked at once (one browser)
// Desktop, and 320 CSS px wide: WCAG 1.4.10 (reflow) says the page must work there, and wide content that
// scrolls sideways must then be reachable by keyboard (axe's scrollable-region-focusable).
const VIEWPORTS = [{ name: 'desktop', width: 1200, height: 900 }, { name: '320px', width: 320, height: 800 }];

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// Every .html file below dir, as paths relative to it ('index.html', 'tools/x/index.html').
function htmlPages(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory()) out.push(...htmlPages(dir, r));
    else if (e.name.endsWith('.html')) out.push(r);
  }
  return out.sort();
}

// Runs axe on one URL in tab at every viewport; returns its violations, each with the page and viewport.
async function check(tab, url, errors) {
  await tab.setViewportSize(VIEWPORTS[0]);
  const resp = await tab.goto(url, { waitUntil: 'load' });
  assert.ok(resp && resp.status() < 400, `${url} answered ${resp && resp.status()}`);
  if (url.includes('?q=')) await tab.waitForSelector('#search-results > li', { timeout: 10000 });
  await tab.evaluate(AXE);
  const out = [];
  for (const vp of VIEWPORTS) {
    await tab.setViewportSize(vp);
    const result = await tab.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
    }), TAGS);
    for (const v of result.violations) {
      const seen = out.find((o) => o.id === v.id && JSON.stringify(o.nodes.map((n) => n.target)) ===
        JSON.stringify(v.nodes.map((n) => n.target)));
      if (seen) seen.viewport += ', ' + vp.name;
      else out.push({ ...v, url, viewport: vp.name });
    }
  }
  if (errors.length) throw new Error(`script error on ${url}: ${errors.join('; ')}`);
  return out;
}

function report(violations) {
  const lines = [];
  for (const v of violations) {
    lines.push(`${v.id} (${v.impact}): ${v.help} [${v.tags.filter((t) => t.startsWith('wcag')).join(', ')}]`);
    lines.push(`  ${v.helpUrl}`);
    lines.push(`  on ${v.url} (viewport: ${v.viewport})`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    ${n.target.join(' ')}: ${n.html.slice(0, 200)}`);
      lines.push(`      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`);
    }
    if (v.nodes.length > 5) lines.push(`    ... and ${v.nodes.length - 5} more elements`);
  }
  return lines.join('\n');
}

for (const site of SITES) {
  test(`axe-core finds no WCAG 2.1 A/AA violation on any page of ${site}`, async () => {
    const server = await serve(site, { prefix: '/' });
    try {
      const urls = htmlPages(site).map((p) => server.url + p);
      assert.ok(urls.length > 0, `no pages in ${site}`);
      // The search page with results shown is a state of its own.
      if (fs.existsSync(path.join(site, 'search', 'index.html')) && fs.existsSync(path.join(site, 'js', 'search.js')))
        urls.push(server.url + 'search/index.html?q=partnership');
      const violations = [];
      let next = 0;
      const worker = async () => {
        const tab = await browser.context.newPage();
        const errors = [];
        tab.on('pageerror', (e) => errors.push(String(e)));
        try {
          while (next < urls.length) violations.push(...await check(tab, urls[next++], errors));
        } finally {
          await tab.close();
        }
      };
      const t0 = Date.now();
      await Promise.all(Array.from({ length: TABS }, worker));
      console.log(`# ${site}: ${urls.length} pages checked in ${((Date.now() - t0) / 1000).toFixed(1)} s, ` +
        `${violations.length} violations`);
      violations.sort((a, b) => (a.id + a.url).localeCompare(b.id + b.url));
      assert.strictEqual(violations.length, 0, `WCAG 2.1 A/AA violations:\n${report(violations)}`);
    } finally {
      await server.close();
    }
  });
}
