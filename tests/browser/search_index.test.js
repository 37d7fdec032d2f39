// The search index of a built site read by the client's own code (no browser): the JavaScript
// tokenizer and stemmer agree with the C++ build (libstemmer) on every word of the site.
// Env: SITE_DIR (a built site). Run: node --test tests/browser/search_index.test.js
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { test } = require('node:test');
const client = require('../../themes/default/static/js/search.js');
const { indexFile } = require('./lib');

const SITE = process.env.SITE_DIR;
if (!SITE) throw new Error('SITE_DIR is not set');
const dir = path.join(SITE, 'search');

function bin(rel) {
  return new Uint8Array(indexFile(SITE, rel));
}

const meta = JSON.parse(Buffer.from(bin('meta.json')).toString('utf8'));
const terms = meta.blocks.flatMap((_, i) => client.parseBlock(bin(`v/${i}.bin`)));
const stems = new Set(terms.map((t) => t.stem));

test('meta.json describes the index', () => {
  assert.strictEqual(meta.v, 1);
  assert.match(meta.build, /^[0-9a-f]{16}$/);
  assert.strictEqual(terms.length, meta.terms);
  assert.strictEqual(meta.kinds.reduce((n, k) => n + k[3], 0), meta.docs, 'kinds cover every document');
  for (let d = 0; d < meta.docs; d++) assert.ok(fs.existsSync(path.join(dir, `d/${d}.js`)), `d/${d}.js`);
  terms.forEach((t, i) => assert.strictEqual(t.id, i, 'terms are numbered in order'));
  for (let i = 1; i < terms.length; i++) assert.ok(Buffer.from(terms[i - 1].stem) < Buffer.from(terms[i].stem));
});

test('every indexed word stems in JavaScript as libstemmer stemmed it', () => {
  let checked = 0;
  for (const t of terms) {
    assert.ok(t.words.length > 0, t.stem);
    for (const w of t.words) {
      assert.strictEqual(client.stem(w), t.stem, `stem("${w}")`);
      checked++;
    }
  }
  assert.ok(checked > 1000, `checked ${checked} words`);
});

test('the client tokenizes page texts into the words the build indexed', () => {
  let words = 0;
  for (let d = 0; d < meta.docs; d++) {
    const frag = JSON.parse(Buffer.from(bin(`d/${d}.bin`)).toString('utf8'));
    const texts = [frag.t, frag.s].concat(...frag.x.map((x) => (x[3] === 1 ? [x[2]] : [x[1], x[2]])));
    for (const text of texts) {
      const toks = client.tokenize(text).slice(0, -1);  // the last word may have been cut short
      for (const t of toks) {
        const n = client.chars(t.w);
        if (n < 2 || n > 40 || client.STOP[t.w]) continue;
        assert.ok(stems.has(client.stem(t.w)), `"${t.w}" of document ${d} is indexed`);
        assert.strictEqual(text.slice(t.b, t.e).length > 0, true);
        words++;
      }
    }
  }
  assert.ok(words > 1000, `checked ${words} words`);
});

test('posting lists are sorted, in range and weighted', () => {
  for (const t of terms) {
    const bytes = t.inline || bin(`p/${t.id}.bin`);
    const p = client.decodePostings(bytes, t.df);
    assert.strictEqual(p.docs.length, t.df);
    for (let k = 0; k < t.df; k++) {
      assert.ok(p.docs[k] < meta.docs);
      if (k) assert.ok(p.docs[k] > p.docs[k - 1]);
      assert.ok(p.w[k] >= 1);
    }
  }
});

test('tokenizer and edit distance behave like the C++ side', () => {
  const words = (s) => client.tokenize(s).map((t) => t.w);
  assert.deepStrictEqual(words('Déjà vu: SMART-Goals, 2026!'), ['deja', 'vu', 'smart', 'goals', '2026']);
  assert.deepStrictEqual(words('the district\u2019s plan'), ['the', "district's", 'plan']);
  assert.deepStrictEqual(words("'quoted' words' end"), ['quoted', 'words', 'end']);
  assert.deepStrictEqual(words('one\u2014two \u201cthree\u201d four\u00b7five'), ['one', 'two', 'three', 'four', 'five']);
  assert.deepStrictEqual(words('\u0152uvre \u00c6sop \u00d8rsted \u0141\u00f3d\u017a x\u00d7y'),
    ['oeuvre', 'aesop', 'orsted', 'lodz', 'x', 'y']);
  assert.deepStrictEqual(words('\u5b66\u6821 school'), ['\u5b66\u6821', 'school']);
  assert.strictEqual(client.stem('partnerships'), 'partnership');
  assert.strictEqual(client.stem('calibration'), 'calibr');
  assert.ok(client.oneEdit('calibraton', 'calibration'));
  assert.ok(client.oneEdit('calibartion', 'calibration'));
  assert.ok(client.oneEdit('calibrations', 'calibration'));
  assert.ok(!client.oneEdit('calibraton', 'calibrating'));
  assert.ok(!client.oneEdit('same', 'same'));
  const q = client.parseQuery('The SMART goals');
  assert.deepStrictEqual(q.map((w) => [w.w, w.stem, w.prefix]), [['smart', 'smart', false], ['goals', 'goal', true]]);
  assert.deepStrictEqual(client.parseQuery('data ').map((w) => w.prefix), [false]);
});
