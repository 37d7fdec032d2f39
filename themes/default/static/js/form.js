// Template pages: the print button, entries kept in this browser only (localStorage), and the buttons that
// take the answers away (filled PDF and Word files, an answers file; opening one). Nothing is ever sent:
// the code and the blank documents for those buttons (js/fill.js, js/vendor/*, <document>.js) load as
// classic scripts, from the site's own folder, only when a button is pressed, so they work from disk too.
(function () {
  'use strict';
  var form = document.getElementById('tk-form');
  if (!form) return;
  var key = 'toolkitgen:' + location.pathname;
  var store = null;
  try { store = window.localStorage; store.getItem(key); } catch (e) { store = null; }

  // The answers typed so far: field name -> string, or true/false for a checkbox; a radio group gives
  // the chosen option's value ("" when none is chosen).
  function answers() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file') return;
      if (el.type === 'checkbox') data[el.name] = el.checked;
      else if (el.type === 'radio') { if (el.checked) data[el.name] = el.value; else if (!(el.name in data)) data[el.name] = ''; }
      else data[el.name] = el.value;
    });
    return data;
  }
  // Puts answers into the form by field name; returns the names set.
  function fill(data) {
    var set = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || !Object.prototype.hasOwnProperty.call(data, el.name)) return;
      var v = data[el.name];
      if (el.type === 'checkbox') el.checked = v === true || v === 'true';
      else if (el.type === 'radio') el.checked = String(v) === el.value;
      else el.value = v === true ? 'Yes' : v === false || v === null || v === undefined ? '' : String(v);
      set[el.name] = true;
    });
    return Object.keys(set);
  }
  function save() {
    if (!store) return;
    try { store.setItem(key, JSON.stringify(answers())); } catch (e) { /* full or blocked: keep going */ }
  }
  function restore() {
    if (!store) return;
    var data;
    try { data = JSON.parse(store.getItem(key) || '{}'); } catch (e) { return; }
    fill(data);
  }
  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', function (e) { if (e.target.type !== 'file') save(); });

  var status = document.getElementById('tk-fill-status');
  function say(text, error) {
    if (!status) return;
    status.className = 'fill-status' + (error ? ' error' : '');
    status.textContent = text;
  }
  form.addEventListener('reset', function () {
    if (store) { try { store.removeItem(key); } catch (e) { /* ignore */ } }
    // After the reset itself (the browser empties the fields once this handler returns).
    setTimeout(function () { say('The form is empty, and the answers kept in this browser were removed.'); }, 0);
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
    b.addEventListener('click', function () { window.print(); });
  });

  // The template's documents: the page's own download links (relative, so they work from disk).
  var docs = {};
  Array.prototype.forEach.call(document.querySelectorAll('.downloads-box a.download'), function (a) {
    var m = /download-(pdf|docx)/.exec(a.className);
    if (m) docs[m[1]] = a.getAttribute('href');
  });
  var root = document.body.getAttribute('data-root') || '';
  var loaded = {};
  function script(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () { delete loaded[src]; reject(new Error('could not load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return loaded[src];
  }
  function filler() {
    return script(root + 'js/fill.js').then(function () {
      return window.tkFill.init({ form: form, answers: answers, fill: fill, say: say, docs: docs, root: root,
                                  script: script, version: status ? status.getAttribute('data-version') : '' });
    });
  }
  function run(what, arg) {
    say(what === 'open' ? 'Opening ' + arg.name + '…' : 'Preparing your file…');
    filler().then(function (f) { return f[what](arg); }).then(function (msg) {
      if (msg) say(msg);
      if (what === 'open') save();
    }, function (err) {
      say(err && err.userMessage ? err.userMessage : 'Sorry, that did not work: ' + (err && err.message ? err.message : err), true);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-tk-fill]'), function (b) {
    var what = b.getAttribute('data-tk-fill');
    if ((what === 'pdf' || what === 'docx') && !docs[what]) return;  // no such document for this template
    b.hidden = false;
    b.addEventListener('click', function () { run(what); });
  });
  var open = document.getElementById('tk-open');
  if (open) {
    open.parentNode.hidden = false;
    open.addEventListener('change', function () {
      var file = open.files && open.files[0];
      if (!file) return;
      run('open', file);
      open.value = '';
    });
  }
})();
