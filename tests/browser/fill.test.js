// The web form's document buttons in Debian's Chromium, over http (a sub-path) or, with FILL_FROM_DISK=1,
// from disk (file://): every control of three templates filled, then Download filled PDF / Word file and
// Save answers pressed and the downloads kept in OUT_DIR for tests/browser/fill_check.py (real clients);
// Open answers with the filled PDF, with copies filled by pdf.js (Firefox) and PDFium (Chrome), and with the
// answers file on a fresh page (storage cleared) finds every
// answer back; another template's files are refused; Clear answers empties the form and the browser's copy;
// no request leaves the site's folder, nothing loads before a button is pressed; axe finds nothing; the
// print stylesheet hides the buttons. Env: SITE_DIR, OUT_DIR. Run: node --test tests/browser/fill.test.js
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { after, before, test } = require('node:test');
const { serve, launch } = require('./lib');

const SITE = process.env.SITE_DIR;
const OUT = process.env.OUT_DIR;
if (!SITE || !OUT) throw new Error('SITE_DIR and OUT_DIR must be set');
const FROM_DISK = process.env.FILL_FROM_DISK === '1';
const MODE = FROM_DISK ? 'disk' : 'http';
const TEMPLATES = ['tools/partnership-compact/', 'tools/partnership-self-assessment/',
  'jobs/supervising-practitioner-selection-criteria/'];
const NAMES = ['Łukasz Dąbrowski', 'Nguyễn Thị Ánh'];
const LAZY = /\/js\/(fill|fill-font|vendor\/[^/]+)\.js$|\.(pdf|docx)\.js$/;

let server, base;
const timings = {};

before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  if (FROM_DISK) base = pathToFileURL(SITE).href + '/';
  else {
    server = await serve(SITE, { prefix: '/sub/' });
    base = server.url;
  }
});
after(async () => {
  if (server) await server.close();
  fs.writeFileSync(path.join(OUT, `timings-${MODE}.json`), JSON.stringify(timings, null, 1));
});

const at = (p) => base + (FROM_DISK ? p + 'index.html' : p);
const slugOf = (p) => p.replace(/\/$/, '').split('/').pop();

// A fresh browser (empty storage) on page p; every request it makes is recorded.
async function open(p) {
  const browser = await launch();
  const page = await browser.context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(at(p));
  return { browser, page, requests, errors };
}

// Every control of the form gets an answer: text fields a token each (the first one a non-WinAnsi name),
// text areas two lines, dates, every other checkbox ticked, each radio group its last option.
async function fillAll(page, n) {
  return page.evaluate(([n, names]) => {
    const form = document.getElementById('tk-form');
    const want = {}, kinds = {};
    let i = 0, c = 0;
    for (const el of form.elements) {
      if (!el.name || el.type === 'file') continue;
      kinds[el.name] = el.type === 'textarea' ? 'multiline' : el.type;
      if (el.type === 'checkbox') { el.checked = c++ % 2 === 0; want[el.name] = el.checked; }
      else if (el.type === 'radio') { el.checked = true; want[el.name] = el.value; }
      else if (el.type === 'date') { el.value = `2026-0${(n % 9) + 1}-${10 + (i++ % 18)}`; want[el.name] = el.value; }
      else if (el.tagName === 'SELECT') { el.selectedIndex = el.options.length - 1; want[el.name] = el.value; }
      else {
        const v = i === 0 ? names[n % 2] : el.type === 'textarea' ? `Tk${n}m${i} first line\nTk${n}n${i} second line` : `Tk${n}t${i}`;
        ++i;
        el.value = v;
        want[el.name] = v;
      }
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return { want, kinds };
  }, [n, NAMES]);
}

function formValues(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.getElementById('tk-form').elements) {
      if (!el.name || el.type === 'file') continue;
      if (el.type === 'checkbox') out[el.name] = el.checked;
      else if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; else if (!(el.name in out)) out[el.name] = ''; }
      else out[el.name] = el.value;
    }
    return out;
  });
}

async function status(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('tk-fill-status').textContent),
    re.source, { timeout: 60000 }).catch(async () => {
    throw new Error(`status never matched ${re}: "${await page.$eval('#tk-fill-status', (s) => s.textContent)}"`);
  });
  return page.$eval('#tk-fill-status', (s) => s.textContent);
}

// Presses the button named name (by its accessible name, with the keyboard) and keeps the download.
async function press(page, name, file) {
  const button = page.getByRole('button', { name, exact: true });
  await button.focus();
  const t0 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.keyboard.press('Enter')]);
  const to = path.join(OUT, file);
  await dl.saveAs(to);
  return { file: to, ms: Date.now() - t0, suggested: dl.suggestedFilename() };
}

function offSite(requests) {
  return requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'));
}

TEMPLATES.forEach((p, n) => {
  const slug = slugOf(p);
  test(`${MODE}: ${slug}: fill every control, download the filled PDF and Word file and the answers`, async () => {
    const { browser, page, requests, errors } = await open(p);
    try {
      assert.deepStrictEqual(requests.filter((u) => LAZY.test(u)), [], 'document code loaded before a button was pressed');
      const heavy = requests.length;
      for (const name of ['Download filled PDF', 'Download filled Word file', 'Save answers', 'Clear answers'])
        assert.ok(await page.getByRole('button', { name, exact: true }).isVisible(), `no visible "${name}" button`);
      assert.ok(await page.getByLabel('Open answers').count(), 'no "Open answers" file input');
      const { want, kinds } = await fillAll(page, n);
      fs.writeFileSync(path.join(OUT, `${slug}-${MODE}.expected.json`), JSON.stringify({ want, kinds }, null, 1));
      const pdf = await press(page, 'Download filled PDF', `${slug}-${MODE}.pdf`);
      assert.match(await status(page, /filled PDF is ready/), /Your filled PDF is ready/);
      assert.strictEqual(pdf.suggested, `${slug}-filled.pdf`);
      const docx = await press(page, 'Download filled Word file', `${slug}-${MODE}.docx`);
      await status(page, /filled Word file is ready/);
      const json = await press(page, 'Save answers', `${slug}-${MODE}.json`);
      await status(page, /answers are saved/);
      const saved = JSON.parse(fs.readFileSync(json.file, 'utf8'));
      assert.deepStrictEqual(saved.answers, want);
      assert.strictEqual(saved.page, '/' + p);
      const lazy = requests.slice(heavy).filter((u) => LAZY.test(u)).map((u) => u.slice(base.length));
      timings[slug] = { pdf_ms: pdf.ms, docx_ms: docx.ms, loaded_on_press: lazy };
      assert.deepStrictEqual(offSite(requests), [], 'requests left the site');
      assert.deepStrictEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  test(`${MODE}: ${slug}: Open answers with the filled PDF, then with the answers file, on a fresh page`, async () => {
    const { want } = JSON.parse(fs.readFileSync(path.join(OUT, `${slug}-${MODE}.expected.json`), 'utf8'));
    for (const ext of ['pdf', 'json']) {
      const { browser, page, requests, errors } = await open(p);
      try {
        const before = await formValues(page);
        assert.ok(Object.values(before).every((v) => v === '' || v === false || v === true), 'the fresh page is not empty');
        await page.getByLabel('Open answers').setInputFiles(path.join(OUT, `${slug}-${MODE}.${ext}`));
        const msg = await status(page, /^Loaded \d+ answers? from /);
        assert.match(msg, new RegExp(`^Loaded ${Object.keys(want).length} answers from ${slug}-${MODE}\\.${ext}\\.$`));
        assert.deepStrictEqual(await formValues(page), want, `answers read back from the ${ext}`);
        // Kept in this browser too: a reload shows them.
        await page.reload();
        assert.deepStrictEqual(await formValues(page), want, 'answers kept after a reload');
        assert.deepStrictEqual(offSite(requests), [], 'requests left the site');
        assert.deepStrictEqual(errors, []);
      } finally {
        await browser.close();
      }
    }
  });
});

// PDFs filled by the engines of Firefox (pdf.js) and Chrome (PDFium), not by this page, open by field name.
test(`${MODE}: Open answers with the compact filled in pdf.js and in PDFium`, async () => {
  const { execFileSync } = require('child_process');
  const p = TEMPLATES[0], slug = slugOf(p);
  const blank = path.join(SITE, p, slug + '.pdf');
  const { want, kinds } = JSON.parse(fs.readFileSync(path.join(OUT, `${slug}-${MODE}.expected.json`), 'utf8'));
  const values = {};  // what pdf_fill.mjs types: text, and true for a ticked box (dates as the PDF asks)
  for (const [n, v] of Object.entries(want)) {
    if (kinds[n] === 'checkbox') { if (v) values[n] = true; }
    else values[n] = kinds[n] === 'date' ? v.replace(/^(\d+)-(\d+)-(\d+)$/, '$2/$3/$1') : v;
  }
  const vj = path.join(OUT, `reader-values-${MODE}.json`);
  fs.writeFileSync(vj, JSON.stringify(values));
  for (const engine of ['pdfjs', 'pdfium']) {
    const file = path.join(OUT, `${slug}-${engine}-${MODE}.pdf`);
    execFileSync('node', [path.join(__dirname, '..', 'tools', 'pdf_fill.mjs'), engine, blank, file, vj], { stdio: 'pipe' });
    const { browser, page, errors } = await open(p);
    try {
      await page.getByLabel('Open answers').setInputFiles(file);
      assert.match(await status(page, /^Loaded/), new RegExp(`^Loaded ${Object.keys(want).length} answers from `));
      assert.deepStrictEqual(await formValues(page), want, `answers read back from the ${engine} copy`);
      assert.deepStrictEqual(errors, []);
    } finally {
      await browser.close();
    }
  }
});

test(`${MODE}: another template's files are refused; unknown fields are listed; Clear answers empties all`, async () => {
  const [a, b] = TEMPLATES.map(slugOf);
  const { browser, page, errors } = await open(TEMPLATES[0]);
  try {
    await page.getByLabel('Open answers').setInputFiles(path.join(OUT, `${b}-${MODE}.json`));
    assert.match(await status(page, /another template/), /holds answers for another template \(".+"\): nothing was loaded/);
    assert.ok(await page.$eval('#tk-fill-status', (s) => s.classList.contains('error')));
    await page.getByLabel('Open answers').setInputFiles(path.join(OUT, `${b}-${MODE}.pdf`));
    assert.match(await status(page, /not this template/), new RegExp(`${b}-${MODE}\\.pdf is ".+", not this template: nothing was loaded`));
    const empty = await formValues(page);
    assert.ok(Object.values(empty).every((v) => v === '' || v === false || v === true), 'a refused file changed the form');
    // An answers file of an older version: two fields it does not know, one answer the form does not have.
    const saved = JSON.parse(fs.readFileSync(path.join(OUT, `${a}-${MODE}.json`), 'utf8'));
    const names = Object.keys(saved.answers);
    delete saved.answers[names[1]];
    delete saved.answers[names[2]];
    saved.answers.retired_field = 'x';
    const older = path.join(OUT, `${a}-older-${MODE}.json`);
    fs.writeFileSync(older, JSON.stringify(saved));
    await page.getByLabel('Open answers').setInputFiles(older);
    const msg = await status(page, /^Loaded/);
    assert.strictEqual(msg, `Loaded ${names.length - 2} answers from ${path.basename(older)}; 2 fields were not in this file: ` +
      `${names[1]}, ${names[2]}; 1 answer in the file is not on this form (left out): retired_field.`);
    await page.getByRole('button', { name: 'Clear answers', exact: true }).click();
    await status(page, /form is empty/);
    const cleared = await formValues(page);
    assert.ok(Object.values(cleared).every((v) => v === '' || v === false), 'Clear answers left answers');
    assert.strictEqual(await page.evaluate(() => Object.keys(localStorage).length), 0, 'the browser kept answers');
    await page.reload();
    assert.ok(Object.values(await formValues(page)).every((v) => v === '' || v === false), 'answers came back');
    assert.deepStrictEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test(`${MODE}: axe finds nothing with the status shown; the print stylesheet hides the buttons`, async () => {
  const { browser, page } = await open(TEMPLATES[0]);
  try {
    await fillAll(page, 0);
    await press(page, 'Save answers', `axe-${MODE}.json`);
    await status(page, /answers are saved/);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const r = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    assert.deepStrictEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target).join(' ')}`), []);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      box: getComputedStyle(document.querySelector('.fill-box')).display,
      form: getComputedStyle(document.getElementById('tk-form')).display,
      fields: [...document.querySelectorAll('#tk-form input[type=text], #tk-form textarea')].filter((e) => e.offsetParent).length,
    }));
    assert.strictEqual(shown.box, 'none', 'the buttons print');
    assert.notStrictEqual(shown.form, 'none');
    assert.ok(shown.fields > 0, 'the fields do not print');
    await page.pdf({ path: path.join(OUT, `print-${MODE}.pdf`) });
  } finally {
    await browser.close();
  }
});
