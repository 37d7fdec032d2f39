// Keyboard only, in Debian's Chromium: tab order and visible focus on a tool's form, the spotlight filters,
// the skip link, and search by typing and Enter. Env: SITE_DIR (the built shipped site), TK_SOURCE_DIR.
// Run: node --test tests/browser/keyboard.test.js
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { after, before, test } = require('node:test');
const { serve, launch } = require('./lib');

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('SITE_DIR is not set');
const HAS_SEARCH = fs.existsSync(path.join(SITE, 'js', 'search.js'));

let server, browser, page;
const errors = [];

before(async () => {
  server = await serve(SITE, { prefix: '/sub/' });
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

// The form page with the most kinds of controls (then the most controls): the hardest tab walk.
function richestFormPage() {
  let best = null;
  for (const folder of ['tools', 'jobs']) {
    const dir = path.join(SITE, folder);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, slug, 'index.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      if (!html.includes('id="tk-form"')) continue;
      const kinds = new Set((html.match(/<(textarea)|type="(text|checkbox|date)"/g) || []));
      const n = (html.match(/<(input|textarea|select)\b/g) || []).length;
      const score = kinds.size * 1000 + n;
      if (!best || score > best.score) best = { rel: `${folder}/${slug}/`, score };
    }
  }
  return best && best.rel;
}

// Every element Tab should reach, in DOM order, each marked with data-kbd = its index.
function markTabbables() {
  return page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' &&
      !el.closest('[hidden], [inert]');
    // A group of radio buttons is one Tab stop: its checked button, or its first while none is checked.
    const radioStop = (el) => {
      if (el.type !== 'radio' || !el.name) return true;
      const group = [...document.getElementsByName(el.name)].filter((r) => r.type === 'radio' && r.form === el.form);
      const checked = group.find((r) => r.checked);
      return checked ? checked === el : group[0] === el;
    };
    const els = [...document.querySelectorAll(sel)].filter((el) =>
      !el.disabled && el.tabIndex >= 0 && el.getAttribute('tabindex') !== '-1' && visible(el) && radioStop(el));
    els.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    return els.map((el) => ({
      tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, tabindex: el.getAttribute('tabindex'),
      inHeader: !!el.closest('header'), inNav: !!el.closest('nav.main-nav'), inForm: !!el.closest('#tk-form'),
      search: !!el.closest('form[role="search"]'),
    }));
  });
}

// What has focus now: its data-kbd index (or -1), and whether the focus can be seen.
function focused() {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { index: -2 };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    return {
      index: el.hasAttribute('data-kbd') ? Number(el.getAttribute('data-kbd')) : -1,
      what: el.outerHTML.slice(0, 120), focusVisible: el.matches(':focus-visible'), ring: outline || shadow,
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    };
  });
}

// Presses Tab until focus leaves the page or wraps; returns the distinct stops (a date input's parts count once).
async function tabWalk(limit) {
  const stops = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (f.index === -2 || (stops.length && f.index === 0)) break;
    if (stops.length && stops[stops.length - 1].index === f.index && f.index >= 0) continue;
    stops.push(f);
  }
  return stops;
}

// Presses Tab until the element marked index has focus; returns the stops on the way (asserted in DOM order).
async function tabTo(index) {
  const stops = [];
  for (let i = 0; i < index * 3 + 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (!stops.length || stops[stops.length - 1].index !== f.index) stops.push(f);
    if (f.index === index) break;
  }
  const got = stops.map((s) => s.index);
  assert.deepStrictEqual(got, Array.from({ length: index + 1 }, (_, i) => i),
    `Tab order on the way to stop ${index}:\n${stops.map((s) => `${s.index} ${s.what}`).join('\n')}`);
  return stops;
}

test('Tab walks a tool form in DOM order: skip link, header search, nav, then every control; focus is visible', async () => {
  const rel = richestFormPage();
  assert.ok(rel, 'no tool or job page with a form in the built site');
  await page.goto(server.url + rel);
  const expected = await markTabbables();
  assert.ok(expected.every((e) => e.tabindex === null || Number(e.tabindex) <= 0), 'positive tabindex breaks the order');
  const stops = await tabWalk(expected.length * 3 + 10);  // a date input takes 3 presses
  const got = stops.map((s) => s.index);
  assert.deepStrictEqual(got, expected.map((_, i) => i),
    `on /${rel}: Tab order differs from DOM order; stops:\n${stops.map((s) => `${s.index} ${s.what}`).join('\n')}`);
  for (const s of stops) {
    assert.ok(s.focusVisible && s.ring, `on /${rel}: no visible focus indicator on ${s.what}`);
    assert.ok(s.onScreen, `on /${rel}: focused element is off screen: ${s.what}`);
  }
  const first = (pred) => expected.findIndex(pred);
  assert.match(expected[0].cls, /skip-link/, 'the first Tab stop is not the skip link');
  const searchAt = first((e) => e.inHeader && e.search && e.tag === 'input');
  const navAt = first((e) => e.inNav);
  const formAt = first((e) => e.inForm);
  assert.ok(searchAt > 0 && navAt > searchAt && formAt > navAt,
    `order skip link < header search (${searchAt}) < nav (${navAt}) < form (${formAt}) does not hold`);
  const controls = expected.filter((e) => e.inForm && /input|textarea|select/.test(e.tag)).length;
  assert.ok(controls >= 3, `only ${controls} form controls reached on /${rel}`);
  console.log(`# /${rel}: ${stops.length} tab stops, ${controls} form controls, all with visible focus`);
  assert.deepStrictEqual(errors, []);
});

// The first tool or job page with a choice (radio buttons in a fieldset).
function choicePage() {
  for (const folder of ['tools', 'jobs']) {
    const dir = path.join(SITE, folder);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, slug, 'index.html');
      if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes('<fieldset class="choice"')) return `${folder}/${slug}/`;
    }
  }
  return null;
}

test('a choice: a fieldset named by its legend, one Tab stop, arrow keys and Space pick, the pick survives a reload', async () => {
  const rel = choicePage();
  assert.ok(rel, 'no page with a choice field in the built site');
  await page.goto(server.url + rel);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const groups = await page.evaluate(() => [...document.querySelectorAll('#tk-form fieldset.choice')].map((fs) => {
    const radios = [...fs.querySelectorAll('input[type=radio]')];
    return {
      id: fs.id, legend: (fs.querySelector(':scope > legend') || {}).textContent || '',
      names: [...new Set(radios.map((r) => r.name))], count: radios.length,
      labelled: radios.every((r) => { const l = document.querySelector(`label[for="${CSS.escape(r.id)}"]`); return l && l.textContent.trim(); }),
      values: radios.map((r) => r.value),
    };
  }));
  assert.ok(groups.length >= 1, `no fieldset.choice on /${rel}`);
  for (const g of groups) {
    assert.ok(g.legend.trim(), `${g.id}: no legend`);
    assert.strictEqual(g.names.length, 1, `${g.id}: its radios have ${g.names.length} names`);
    assert.ok(g.count >= 2 && g.labelled, `${g.id}: ${g.count} radios, each labelled: ${g.labelled}`);
  }
  const g = groups[0];
  const radio = (i) => `[id="${g.id}.${i}"]`;
  const state = () => page.evaluate((id) => ({
    active: document.activeElement && document.activeElement.id,
    checked: [...document.getElementById(id).querySelectorAll('input[type=radio]')].map((r) => r.checked),
  }), g.id);
  // Tab from the control before the group lands on its first button, nothing picked yet.
  await page.evaluate((sel) => {
    const els = [...document.querySelectorAll('#tk-form input, #tk-form textarea, #tk-form select')];
    const i = els.indexOf(document.querySelector(sel));
    if (i > 0) els[i - 1].focus(); else document.querySelector('#tk-form').focus();
  }, radio(1));
  await page.keyboard.press('Tab');
  let s = await state();
  assert.strictEqual(s.active, `${g.id}.1`, 'Tab does not enter the group at its first button');
  assert.ok(s.checked.every((c) => !c), 'a button is picked before any key');
  await page.keyboard.press('Space');
  s = await state();
  assert.ok(s.checked[0] && s.checked.filter(Boolean).length === 1, `Space did not pick the first option: ${s.checked}`);
  await page.keyboard.press('ArrowDown');
  s = await state();
  assert.strictEqual(s.active, `${g.id}.2`);
  assert.ok(s.checked[1] && s.checked.filter(Boolean).length === 1, `ArrowDown did not move the pick: ${s.checked}`);
  // Tab leaves the group (one stop), Shift+Tab comes back to the picked button.
  await page.keyboard.press('Tab');
  s = await state();
  assert.ok(!String(s.active).startsWith(g.id + '.'), `Tab stayed in the group (${s.active})`);
  await page.keyboard.press('Shift+Tab');
  s = await state();
  assert.strictEqual(s.active, `${g.id}.2`, 'Shift+Tab does not return to the picked button');
  const focus = await focused();
  assert.ok(focus.focusVisible && focus.ring, `no visible focus on the radio button ${focus.what}`);
  // The pick is kept in this browser (form.js) and comes back after a reload.
  await page.reload();
  s = await state();
  assert.ok(s.checked[1] && s.checked.filter(Boolean).length === 1, `after a reload: ${s.checked}`);
  await page.evaluate(() => localStorage.clear());
  console.log(`# /${rel}: ${groups.length} choices, each a fieldset with a legend; keyboard picks and the pick is kept`);
  assert.deepStrictEqual(errors, []);
});

test('the skip link moves focus to the main content', async () => {
  await page.goto(server.url + 'index.html');
  await markTabbables();
  await page.keyboard.press('Tab');
  assert.match((await focused()).what, /skip-link/);
  await page.keyboard.press('Enter');
  const id = await page.evaluate(() => document.activeElement.id);
  assert.strictEqual(id, 'tk-main', 'Enter on the skip link did not focus <main>');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement.closest('main'));
  assert.ok(inMain, 'the Tab after the skip link does not land inside <main>');
});

test('spotlight filters: reachable by Tab, and a keyboard change filters the cards', async () => {
  await page.goto(server.url + 'spotlights/');
  const expected = await markTabbables();
  const ids = ['filter-focus', 'filter-location', 'filter-partner', 'filter-sort'];
  const want = ids.map((id) => expected.findIndex((e) => e.id === id));
  assert.ok(want.every((i) => i >= 0), `filter selects not all tabbable: ${JSON.stringify(want)}`);
  const stops = await tabTo(want[0]);
  const at = stops[stops.length - 1];
  assert.ok(at.focusVisible && at.ring, 'no visible focus on the filter select');
  const shown = () => page.$$eval('#spotlight-cards > li', (lis) => lis.filter((li) => !li.hidden).length);
  const total = await shown();
  assert.ok(total >= 2, 'fewer than two spotlight cards');
  let now = total;
  for (let i = 0; i < 20 && now === total; i++) {
    await page.keyboard.press('ArrowDown');
    now = await shown();
  }
  assert.ok(now > 0 && now < total, `choosing focus areas with the arrow keys never filtered the cards (${now}/${total})`);
  const status = await page.$eval('#filter-status', (s) => s.textContent);
  assert.match(status, new RegExp(`${now} of ${total}`), `the status does not announce the filter: "${status}"`);
  // The other filters follow in order.
  for (const id of ids.slice(1)) {
    await page.keyboard.press('Tab');
    assert.strictEqual(await page.evaluate(() => document.activeElement.id), id, `Tab did not move on to #${id}`);
  }
  assert.deepStrictEqual(errors, []);
});

test('search: typing a query and Enter shows results, on the search page and from the header', { skip: !HAS_SEARCH && 'js/search.js is absent' }, async () => {
  await page.goto(server.url + 'search/');
  const expected = await markTabbables();
  const qAt = expected.findIndex((e) => e.id === 'search-q');
  assert.ok(qAt >= 0, '#search-q is not tabbable');
  const stops = await tabTo(qAt);
  assert.ok(stops.every((st) => st.focusVisible && st.ring), 'a stop before the search box has no visible focus');
  await page.keyboard.type('mentor');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#search-results > li', { timeout: 10000 });
  const status = await page.$eval('#search-status', (s) => s.textContent);
  assert.match(status, /mentor/, `status does not name the query: "${status}"`);
  // The first result is the next stops away (filters and button come first); Tab reaches a result link.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement.closest('#search-results a'));
  }
  assert.ok(reached, 'Tab never reached a search result link');

  // From a tool page's header search box.
  await page.goto(server.url + 'index.html');
  const home = await markTabbables();
  const headerQ = home.findIndex((e) => e.id === 'site-search-q');
  assert.ok(headerQ > 0, '#site-search-q is not tabbable');
  await tabTo(headerQ);
  await page.keyboard.type('compact');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /search\/.*q=compact/);
  await page.waitForSelector('#search-results > li', { timeout: 10000 });
  assert.deepStrictEqual(errors, []);
});
