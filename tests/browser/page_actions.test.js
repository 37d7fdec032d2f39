// The page actions (E-mail this page, Print this page, PDF of this page) in Debian's Chromium: reached by Tab
// in order, Print opens the print dialog with JavaScript and shows how to print without it, the group is a
// labelled group and is hidden in print, it fits at 320 px; screenshots at 320 and 1200 px.
// Env: SITE_DIR (the built shipped site), SHOTS (a folder for the screenshots, optional).
// Run: node --test tests/browser/page_actions.test.js
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { after, before, test } = require('node:test');
const { serve, launch } = require('./lib');

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('SITE_DIR is not set');
const PAGES = ['', 'stages/initiation/', 'tools/partnership-compact/', 'spotlights/texas/',
  'focus-areas/mentor-matches/', 'about/', 'downloads/', 'spotlights/'].filter((p) => fs.existsSync(path.join(SITE, p, 'index.html')));

let server, browser;
before(async () => {
  server = await serve(SITE, { prefix: '/sub/' });
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

test('Tab reaches each action in order; Enter on Print calls window.print and stays on the page', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  for (const rel of PAGES) {
    await page.goto(server.url + rel, { waitUntil: 'load' });
    const group = page.locator('.page-actions');
    assert.strictEqual(await group.count(), 1, `${rel}: one group`);
    assert.strictEqual(await group.getAttribute('role'), 'group');
    assert.strictEqual(await group.getAttribute('aria-label'), 'Share or print this page');
    const links = await group.locator('a').evaluateAll((as) => as.map((a) => a.className));
    // Tab from the last element before the group: every action gets focus, in DOM order.
    await page.locator('.page-actions a').first().evaluate((a) => {
      const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')];
      const prev = all[all.indexOf(a) - 1];
      if (prev) prev.focus();
    });
    const seen = [];
    for (let i = 0; i < links.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement.className));
    }
    assert.deepStrictEqual(seen, links, `${rel}: tab order through the actions`);
    const before = page.url();
    await page.locator('.action-print').focus();
    await page.keyboard.press('Enter');
    assert.strictEqual(await page.evaluate(() => window.__printed), 1, `${rel}: Print this page printed`);
    assert.strictEqual(page.url(), before, `${rel}: Print this page navigated`);
    await page.evaluate(() => { window.__printed = 0; });
  }
  await page.close();
});

test('without JavaScript, Print this page shows how to print; in print the group is hidden', async () => {
  const context = await browser.context.browser()?.newContext?.({ javaScriptEnabled: false });
  // A persistent context has no browser(): make a page and turn scripts off with the DevTools protocol.
  const page = context ? await context.newPage() : await browser.context.newPage();
  if (!context) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  for (const rel of PAGES) {
    await page.goto(server.url + rel, { waitUntil: 'load' });
    const help = page.locator('#tk-print-help');
    assert.strictEqual(await help.isVisible(), false, `${rel}: the print help shows before it is asked for`);
    await page.locator('.action-print').focus();
    await page.keyboard.press('Enter');
    await help.waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await help.innerText(), /Ctrl\+P/);
    await page.emulateMedia({ media: 'print' });
    assert.strictEqual(await page.locator('.page-actions').isVisible(), false, `${rel}: the actions print`);
    await page.emulateMedia({ media: 'screen' });
  }
  await page.close();
});

test('at 320 and 1200 px the actions fit (screenshots in SHOTS)', async () => {
  const page = await browser.context.newPage();
  for (const width of [320, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    for (const rel of PAGES) {
      await page.goto(server.url + rel, { waitUntil: 'load' });
      const box = await page.locator('.page-actions').boundingBox();
      // Whether the whole page scrolls sideways is not the group's doing (a spotlight's facts list does at
      // 320 px today): the group itself, and every action in it, must fit.
      const wide = await page.locator('.page-actions a').evaluateAll((as, w) =>
        as.filter((a) => a.getBoundingClientRect().right > w + 0.5).map((a) => a.textContent), width);
      assert.ok(box && box.x >= 0 && box.x + box.width <= width + 0.5, `${rel} at ${width}px: the group sticks out`);
      assert.deepStrictEqual(wide, [], `${rel} at ${width}px: actions stick out`);
      if (process.env.SHOTS && (rel === 'spotlights/texas/' || rel === 'tools/partnership-compact/'))
        await page.locator('.page-actions').screenshot({ path: path.join(process.env.SHOTS, `${rel.replace(/\W+/g, '-')}${width}.png`) });
    }
  }
  await page.close();
});
