// A built site's search index as text, for the goldens (tests/e2e/site_golden.sh): every file of search/ that
// search.js reads, decoded the way it decodes them: JSON files pretty-printed, term blocks (v/N.bin) one term a
// line with its words and postings, other files (filters) as hex. Usage: node search_dump.js SITE_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const client = require('../../themes/default/static/js/search.js');
const { indexFile } = require('../browser/lib');

const site = process.argv[2];
const dir = path.join(site, 'search');
const names = [];
(function list(rel) {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) list(r);
    else if (r.endsWith('.js')) names.push(r.replace(/\.js$/, r === 'meta.js' ? '.json' : '.bin'));
  }
})('');

const out = [];
for (const name of names) {
  const bytes = indexFile(site, name);
  out.push(`== ${name} (${bytes.length} bytes)`);
  if (/^v\/\d+\.bin$/.test(name)) {
    for (const t of client.parseBlock(new Uint8Array(bytes))) {
      let postings = '';
      if (t.inline) {
        const p = client.decodePostings(t.inline, t.df);
        postings = ` docs ${Array.from(p.docs).join(',')} weights ${Array.from(p.w).join(',')}`;
      }
      out.push(`${t.id} ${t.stem} [${t.words.join(' ')}] df ${t.df}${postings}`);
    }
    continue;
  }
  let json;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    json = undefined;
  }
  if (json !== undefined) out.push(JSON.stringify(json, null, 1));
  else for (let i = 0; i < bytes.length; i += 16) out.push(bytes.subarray(i, i + 16).toString('hex').replace(/(..)(?!$)/g, '$1 '));
}
process.stdout.write(out.join('\n') + '\n');
