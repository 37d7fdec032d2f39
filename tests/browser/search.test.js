// Search in a real browser: queries typed into the search page of the built site, served under a sub-path,
// or, with SEARCH_FROM_DISK=1, opened from disk (file://, where pages cannot fetch() files): the same tests.
// Env: SITE_DIR (a built site), TK_SOURCE_DIR (the source tree). Run: node --test tests/browser/search.test.js
'use strict';
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { after, before, test } = require('node:test');
const { serve, launch, ensureSearchPage } = require('./lib');

const SITE = process.env.SITE_DIR;
const SOURCE = process.env.TK_SOURCE_DIR || path.resolve(__dirname, '../..');
if (!SITE) throw new Error('SITE_DIR is not set');
const FROM_DISK = process.env.SEARCH_FROM_DISK === '1';

let server, browser, page, ownPage, base;
const requests = [];  // every URL the page asked for, in order

// The address of a site path ('search/', 'tools/x/'): from disk, a folder's index.html.
function at(sitePath, query = '') {
  return base + (FROM_DISK && (sitePath === '' || sitePath.endsWith('/')) ? sitePath + 'index.html' : sitePath) + query;
}

before(async () => {
  ownPage = ensureSearchPage(SITE, SOURCE);
  if (FROM_DISK) base = pathToFileURL(SITE).href + '/';
  else {
    server = await serve(SITE, { prefix: '/sub/' });
    base = server.url;
  }
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => { throw e; });
  page.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

// Results as shown: [{kind, title, href (absolute), section, excerpt, marks}].
function results() {
  return page.$$eval('#search-results > li', (lis) => lis.map((li) => {
    const a = li.querySelector('.search-result-title a');
    const q = (sel) => (li.querySelector(sel) || { textContent: '' }).textContent;
    return {
      kind: q('.search-result-kind'), title: a.textContent, href: a.href, section: q('.search-result-section'),
      excerpt: q('.search-result-excerpt'), marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    };
  }));
}

async function status() {
  return page.$eval('#search-status', (s) => s.textContent);
}

// Waits until the live region reports on query q.
async function settled(q) {
  await page.waitForFunction((want) => {
    const s = document.getElementById('search-status').textContent;
    return s.includes('\u201c' + want + '\u201d') || s.includes('not available');
  }, q.trim(), { timeout: 10000 });
  return results();
}

async function open(query = '') {
  await page.goto(at('search/', query));
}

async function typeQuery(q) {
  await page.fill('#search-q', '');
  await page.click('#search-q');
  await page.keyboard.type(q, { delay: 15 });
  return settled(q);
}

test('the search page loads results for ?q= on load and announces the count', async () => {
  await open('?q=data%20sharing');
  const r = await settled('data sharing');
  assert.ok(r.length > 0, 'some results');
  assert.match(r[0].title, /^Data Sharing Agreement/);
  assert.strictEqual(r[0].kind, 'Tool');
  assert.match(await status(), /^\d+ results? for \u201cdata sharing\u201d\.$/);
  assert.strictEqual(await page.$eval('#search-status', (s) => s.getAttribute('aria-live')), 'polite');
  assert.strictEqual(await page.inputValue('#search-q'), 'data sharing');
});

test('"SMART goals" finds Developing SMART Goals first, with the words highlighted', async () => {
  await open();
  const r = await typeQuery('SMART goals');
  assert.strictEqual(r[0].title, 'Developing SMART Goals');
  assert.ok(r[0].href.startsWith(base + 'tools/developing-smart-goals/'), r[0].href);
  const marks = r[0].marks.map((m) => m.toLowerCase());
  assert.ok(marks.some((m) => m === 'smart'), 'SMART is marked: ' + marks);
  assert.ok(marks.some((m) => m.startsWith('goal')), 'goal(s) is marked: ' + marks);
  assert.ok(r[0].excerpt.length > 20);
});

test('"partnerships" matches pages that say "partnership"', async () => {
  await open();
  const r = await typeQuery('partnerships');
  assert.ok(r.length >= 5, 'many results');
  const marks = r.flatMap((x) => x.marks.map((m) => m.toLowerCase()));
  assert.ok(marks.includes('partnership'), 'the singular is highlighted: ' + marks.slice(0, 20));
});

test('query words are stemmed: "calibrating" finds calibration', async () => {
  await open();
  const r = await typeQuery('calibrating ');
  assert.strictEqual(r[0].title, 'Online Calibration Training Tool');
  assert.ok(r[0].marks.some((m) => /^calibrat/i.test(m)), 'calibration is marked: ' + r[0].marks);
});

test('a typo ("calibraton") still finds the Online Calibration Training Tool', async () => {
  await open();
  const r = await typeQuery('calibraton');
  assert.ok(r.length > 0);
  assert.strictEqual(r[0].title, 'Online Calibration Training Tool');
  assert.ok(r[0].marks.some((m) => /^calibrat/i.test(m)), 'calibration is marked: ' + r[0].marks);
});

test('results update as you type, matching word prefixes', async () => {
  await open();
  const r = await typeQuery('calib');
  assert.ok(r.some((x) => x.title === 'Online Calibration Training Tool'), 'prefix "calib" matches');
  assert.match(page.url(), /\?q=calib$/);
});

test('a heading match links to that heading on the page', async () => {
  await open();
  const r = await typeQuery('five-step cycle');
  const withAnchor = r.find((x) => new URL(x.href).hash);
  assert.ok(withAnchor, 'some result links to a heading');
  assert.ok(withAnchor.section, 'the section heading is shown');
  const target = new URL(withAnchor.href);
  assert.ok(target.href.startsWith(base), 'links stay under the site (its sub-path, or its folder on disk)');
  if (ownPage) {  // the site's own pages: the anchor exists where the link points
    await page.goto(withAnchor.href);
    assert.ok(await page.$(target.hash), 'heading ' + target.hash + ' exists');
  }
});

test('filters narrow results by kind, stage and focus area', async () => {
  await open();
  let r = await typeQuery('calibration');
  assert.ok(r.some((x) => x.title === 'Online Calibration Training Tool'));
  assert.ok(r.some((x) => x.kind !== 'Tool'), 'other kinds too before filtering');
  // The status names the same query before and after: clear it to wait for the filtered run.
  const filter = async (sel, value) => {
    await page.$eval('#search-status', (s) => { s.textContent = ''; });
    await page.selectOption(sel, value);
    return settled('calibration');
  };

  r = await filter('#search-kind', 'tool');
  assert.ok(r.length > 0 && r.every((x) => x.kind === 'Tool'), 'only tools');
  assert.match(page.url(), /kind=tool/);
  assert.match(await status(), /with these filters/);

  r = await filter('#search-stage', 'implementation');
  assert.ok(r.some((x) => x.title === 'Online Calibration Training Tool'), 'the tool is in Implementation');
  r = await filter('#search-stage', 'initiation');
  assert.ok(!r.some((x) => x.title === 'Online Calibration Training Tool'), 'but not in Initiation');

  await filter('#search-stage', '');
  await filter('#search-kind', '');
  r = await filter('#search-focus', 'mentor-training');
  assert.ok(r.some((x) => x.title === 'Online Calibration Training Tool'), 'tagged mentor-training');
  assert.ok(r.some((x) => x.kind === 'Focus area'), 'the focus area page itself');
  r = await filter('#search-focus', 'placement-sites');
  assert.ok(!r.some((x) => x.title === 'Online Calibration Training Tool'), 'not tagged placement-sites');

  await page.goto(at('search/', '?q=calibration&kind=tool&stage=implementation'));
  r = await settled('calibration');
  assert.strictEqual(await page.inputValue('#search-kind'), 'tool');
  assert.ok(r.length > 0 && r.every((x) => x.kind === 'Tool'), 'filters are read from the URL');
});

test('everything works from the keyboard', async () => {
  await open();
  await page.focus('#search-q');
  await page.keyboard.type('partnership compact');
  await page.keyboard.press('Enter');
  const r = await settled('partnership compact');
  assert.ok(r.length >= 2);
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => document.activeElement.textContent);
  assert.strictEqual(await focused(), r[0].title);
  await page.keyboard.press('ArrowDown');
  assert.strictEqual(await focused(), r[1].title);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'search-q');
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.strictEqual(page.url(), r[0].href);
});

test('queries are shown as text, never as HTML', async () => {
  await open();
  await page.evaluate(() => { window.pwned = false; });
  const q = '<img src=x onerror="window.pwned=true">partnership';
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  const s = await status();
  assert.ok(s.includes('<img src=x'), 'the status shows the query as typed: ' + s);
  assert.strictEqual(await page.$$eval('main img, #search-status img, #search-results img', (x) => x.length), 0);
  await page.waitForTimeout(100);
  assert.strictEqual(await page.evaluate(() => window.pwned), false);
  await page.goto(at('search/', '?q=' + encodeURIComponent(q)));
  await page.waitForFunction(() => document.getElementById('search-status').textContent !== '');
  assert.strictEqual(await page.$$eval('#search-status img, #search-results img', (x) => x.length), 0);
});

test('page text that looks like HTML is shown as text in excerpts', async (t) => {
  await open();
  await page.evaluate(() => { window.pwned = false; });
  const r = await typeQuery('onerror');
  const hit = r.find((x) => x.title === 'Markup sample');
  if (!hit) return t.skip('the Markup sample page (added by tests/e2e/search_browser.sh) is not in this site');
  assert.ok(hit.excerpt.includes('<img src=x onerror='), hit.excerpt);
  assert.ok(hit.marks.includes('onerror'));
  await page.waitForTimeout(100);
  assert.strictEqual(await page.$$eval('#search-results img, #search-results script', (x) => x.length), 0);
  assert.strictEqual(await page.evaluate(() => window.pwned), false);
});

test('the header search box on a deep page leads to the results', async (t) => {
  if (!ownPage) return t.skip('the site has no pages of its own yet');
  await page.goto(at('tools/partnership-compact/'));
  await page.fill('#site-search-q', 'data sharing');
  await Promise.all([page.waitForNavigation(), page.press('#site-search-q', 'Enter')]);
  assert.ok(page.url().startsWith(base + 'search/'), page.url());
  const r = await settled('data sharing');
  assert.match(r[0].title, /^Data Sharing Agreement/);
  assert.ok(r[0].href.startsWith(base + 'tools/data-sharing-agreement/'), r[0].href);
});

test('the index is loaded only when search is used', async () => {
  const before = requests.length;
  await open();
  await page.waitForLoadState('load');
  const loaded = () => requests.slice(before).filter((u) => /\/search\/(meta\.js|[vpdf]\/)/.test(u));
  assert.deepStrictEqual(loaded(), [], 'nothing from the index before a query');
  await typeQuery('mentor');
  assert.ok(loaded().length > 0);
  if (ownPage) {
    const mark = requests.length;
    await page.goto(at(''));
    await page.waitForLoadState('load');
    assert.ok(!requests.slice(mark).some((u) => u.includes('/search/')), 'the home page loads no index');
  }
  // Nothing leaves the site: every request is for the site itself.
  for (const u of requests) assert.ok(u.startsWith(base), `a request outside the site: ${u}`);
});

test('no results and "show more" are handled', async () => {
  await open();
  let r = await typeQuery('xylophonequartz');
  assert.strictEqual(r.length, 0);
  assert.match(await status(), /^No results for/);
  r = await typeQuery('student');
  if (r.length === 10) {
    await page.click('.search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    assert.ok((await results()).length > 10);
  }
});

test('rendered results pass axe-core (WCAG 2.1 A/AA)', async () => {
  await open('?q=' + encodeURIComponent('student teaching'));
  await settled('student teaching');
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const r = await page.evaluate(() => axe.run({ include: [['#search-results'], ['#search-status'], ['.search-more']] },
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  assert.deepStrictEqual(r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(' ')), []);
});
