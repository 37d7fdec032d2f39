// The document buttons of a template page (loaded by form.js when one is pressed; nothing is sent):
//   pdf  - the template's PDF with the answers: pdf-lib (@cantoo/pdf-lib) sets each field's value in place
//          (same pages, same structure tree) and draws the new values' appearances with the form's own
//          field font (DejaVu Sans, js/fill-font.js; embedded as a subset through @cantoo/fontkit), so
//          every viewer paints them, "Nguyễn Thị Ánh" included;
//   docx - the template's .docx with the answers in its content controls (fflate unzips and zips; the
//          document XML is edited through the browser's DOMParser);
//   save - an answers file (JSON); open - an answers file or a PDF of this template, back into the form.
// Blank documents come as classic scripts beside them (<document>.js: tkBlank(path, base64)), the
// libraries from js/vendor/ (their licences beside them), all from the site's own folder, so this works
// over http(s) and from disk (file://) alike.
(function () {
  'use strict';
  var W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  var W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
  var blanks = {};
  var fontBytes = null;
  window.tkBlank = function (path, b64) { blanks[path] = b64; };
  window.tkFont = function (b64) { fontBytes = b64; };

  function bytesOf(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; ++i) out[i] = s.charCodeAt(i);
    return out;
  }
  function userError(text) { var e = new Error(text); e.userMessage = text; return e; }

  var ctx = null;
  function pageInfo() {
    var canon = document.querySelector('link[rel=canonical]');
    var page = location.pathname;
    try { if (canon) page = new URL(canon.href).pathname; } catch (e) { /* keep the location */ }
    var h1 = document.querySelector('main h1');
    var slug = page.replace(/\/+$/, '').split('/').pop() || 'form';
    return { page: page, title: h1 ? h1.textContent.trim() : document.title, slug: slug };
  }
  // The web form's controls by name: what kind each is (date inputs need the documents' date format).
  function kinds() {
    var k = {};
    Array.prototype.forEach.call(ctx.form.elements, function (el) {
      if (el.name && el.type !== 'file') k[el.name] = el.type === 'textarea' ? 'multiline' : el.type === 'select-one' ? 'choice' : el.type;
    });
    return k;
  }
  // 2026-03-05 -> 03/05/2026 (the PDF's mm/dd/yyyy) or 3/5/2026 (Word's M/d/yyyy); other text unchanged.
  function usDate(v, pad) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return v;
    return pad ? m[2] + '/' + m[3] + '/' + m[1] : (+m[2]) + '/' + (+m[3]) + '/' + m[1];
  }
  // What a reader typed into a PDF date field, as the web form's yyyy-mm-dd ('' when it is no date).
  function isoDate(v) {
    v = String(v || '').trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    var m = /^(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})$/.exec(v);
    if (!m) return '';
    var two = function (n) { return (n.length < 2 ? '0' : '') + n; };
    return m[3] + '-' + two(m[1]) + '-' + two(m[2]);
  }

  function blank(format) {
    var href = ctx.docs[format];
    var url = new URL(href, location.href);
    return ctx.script(url.href + '.js').then(function () {
      var path = decodeURIComponent(url.pathname);
      for (var k in blanks) if (path === '/' + k || path.slice(-(k.length + 1)) === '/' + k) return bytesOf(blanks[k]);
      throw new Error('the blank ' + format.toUpperCase() + ' did not load');
    });
  }
  function libs(names) {
    var files = { pdf: 'js/vendor/pdf-lib.min.js', fontkit: 'js/vendor/fontkit.umd.js', zip: 'js/vendor/fflate.umd.js',
                  font: 'js/fill-font.js' };
    return names.reduce(function (p, n) { return p.then(function () { return ctx.script(ctx.root + files[n]); }); },
                        Promise.resolve());
  }
  function download(bytes, name, type) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 60000);
  }
  function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  // ---- PDF ----
  // The largest size from 10 pt down to 4 pt at which text fits a box of rect: on one line, or (multiline)
  // wrapped at word breaks.
  function fitSize(text, rect, font, multiline) {
    var w = rect.width - 4, h = rect.height - 2, size;
    for (size = 10; size > 4; size -= 0.5) {
      var lines = 0, wide = false;
      text.split(/\r\n|\r|\n/).forEach(function (para) {
        var line = '';
        lines += 1;
        para.split(' ').forEach(function (word) {
          var next = line ? line + ' ' + word : word;
          if (multiline && line && font.widthOfTextAtSize(next, size) > w) { lines += 1; line = word; } else line = next;
        });
        if (!multiline && font.widthOfTextAtSize(line, size) > w) wide = true;
      });
      if (!wide && lines * font.heightAtSize(size) * (multiline ? 1.15 : 1) <= h) break;
    }
    return size;
  }

  function fillPdf() {
    var info = pageInfo(), ans = ctx.answers(), kind = kinds();
    return Promise.all([libs(['zip', 'pdf', 'fontkit', 'font']), blank('pdf')]).then(function (r) {
      var bytes = r[1];
      var L = window.PDFLib;
      return L.PDFDocument.load(bytes, { updateMetadata: false }).then(function (doc) {
        doc.registerFontkit(window.fontkit);
        return doc.embedFont(fflate.gunzipSync(bytesOf(fontBytes)), { subset: true }).then(function (font) {
          var form = doc.getForm(), n = 0;
          form.getFields().forEach(function (f) {
            var name = f.getName();
            if (!Object.prototype.hasOwnProperty.call(ans, name)) return;
            var v = ans[name];
            if (f instanceof L.PDFCheckBox) { if (v === true) f.check(); else f.uncheck(); }
            else if (f instanceof L.PDFRadioGroup || f instanceof L.PDFDropdown || f instanceof L.PDFOptionList) {
              if (v && f.getOptions().indexOf(String(v)) >= 0) f.select(String(v)); else f.clear();
            } else if (f instanceof L.PDFTextField) {
              var text = v === true ? 'Yes' : v === false ? '' : String(v);
              f.setText(kind[name] === 'date' ? usDate(text, true) : text);
            } else return;
            ++n;
          });
          // The appearances of the fields set (the others keep the generator's), drawn with DejaVu Sans at
          // the largest size up to 10 pt that shows the whole answer (pdf-lib's own "auto" fills a box with
          // one huge line). pdf-lib takes the size from /DA and rewrites it; each field's /DA is put back
          // afterwards ("0 Tf": auto size, the form's field font), for the viewers that redraw a field.
          var DA = L.PDFName.of('DA'), kept = [];
          form.getFields().forEach(function (f) {
            if (!(f instanceof L.PDFTextField) || !f.needsAppearancesUpdate()) return;
            var widgets = f.acroField.getWidgets();
            [f.acroField.dict].concat(widgets.map(function (w) { return w.dict; })).forEach(function (d) {
              kept.push([d, d.get(DA)]);
            });
            var da = '/F0 ' + fitSize(f.getText() || '', widgets[0].getRectangle(), font, f.isMultiline()) + ' Tf 0 g';
            f.acroField.setDefaultAppearance(da);
            widgets.forEach(function (w) { w.setDefaultAppearance(da); });
          });
          form.updateFieldAppearances(font);
          kept.forEach(function (k) { if (k[1]) k[0].set(DA, k[1]); else k[0].delete(DA); });
          return doc.save({ updateFieldAppearances: false });
        });
      });
    }).then(function (out) {
      download(out, info.slug + '-filled.pdf', 'application/pdf');
      return 'Your filled PDF is ready: ' + info.slug + '-filled.pdf (' + count(Object.keys(ans).length, 'field', 'fields') + ').';
    });
  }

  // ---- Word ----
  function kids(el, ns, local) {
    return Array.prototype.filter.call(el.childNodes, function (c) { return c.namespaceURI === ns && c.localName === local; });
  }
  function wattr(el, name) { return el.getAttributeNS(W, name); }
  // Replaces the runs of a content control with the answer (line breaks as w:br), in the first run's
  // formatting minus the placeholder style.
  function setRuns(doc, content, text) {
    var runs = content.getElementsByTagNameNS(W, 'r');
    if (!runs.length) return;
    var first = runs[0], parent = first.parentNode, rpr = kids(first, W, 'rPr')[0];
    if (rpr) {
      rpr = rpr.cloneNode(true);
      kids(rpr, W, 'rStyle').forEach(function (s) { if (wattr(s, 'val') === 'PlaceholderText') rpr.removeChild(s); });
    }
    Array.prototype.slice.call(runs).forEach(function (r) { r.parentNode.removeChild(r); });
    var r = doc.createElementNS(W, 'w:r');
    if (rpr && rpr.childNodes.length) r.appendChild(rpr);
    String(text).split(/\r\n|\r|\n/).forEach(function (line, i) {
      if (i) r.appendChild(doc.createElementNS(W, 'w:br'));
      var t = doc.createElementNS(W, 'w:t');
      t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
      t.textContent = line;
      r.appendChild(t);
    });
    parent.appendChild(r);
  }
  function fillControl(doc, sdt, v, kind) {
    var pr = kids(sdt, W, 'sdtPr')[0], content = kids(sdt, W, 'sdtContent')[0];
    if (!pr || !content) return false;
    var box = kids(pr, W14, 'checkbox')[0];
    if (box) {
      var alias = kids(pr, W, 'alias')[0];
      // A checkbox for one option of a choice is ticked when the answer is that option.
      var on = typeof v === 'string' && alias ? v === wattr(alias, 'val') : v === true;
      var checked = kids(box, W14, 'checked')[0];
      if (checked) checked.setAttributeNS(W14, 'w14:val', on ? '1' : '0');
      var t = content.getElementsByTagNameNS(W, 't')[0];
      if (t) t.textContent = on ? '\u2612' : '\u2610';
      return true;
    }
    var text = v === true ? 'Yes' : v === false || v == null ? '' : String(v);
    var list = kids(pr, W, 'dropDownList')[0] || kids(pr, W, 'comboBox')[0];
    if (list && text) {
      kids(list, W, 'listItem').forEach(function (li) {
        if (wattr(li, 'displayText') === text || wattr(li, 'value') === text) {
          list.setAttributeNS(W, 'w:lastValue', wattr(li, 'value') || text);
          text = wattr(li, 'displayText') || text;
        }
      });
    }
    var date = kids(pr, W, 'date')[0];
    if (date && text) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date.setAttributeNS(W, 'w:fullDate', text + 'T00:00:00Z');
      text = usDate(text, false);
    }
    if (!text) return true;  // an empty answer keeps the placeholder
    kids(pr, W, 'showingPlcHdr').forEach(function (s) { pr.removeChild(s); });
    setRuns(doc, content, text);
    return true;
  }
  function fillDocx() {
    var info = pageInfo(), ans = ctx.answers(), kind = kinds();
    return Promise.all([libs(['zip']), blank('docx')]).then(function (r) {
      var files = fflate.unzipSync(r[1]);
      var xml = fflate.strFromU8(files['word/document.xml']);
      var doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) throw new Error('the blank Word file could not be read');
      Array.prototype.forEach.call(doc.getElementsByTagNameNS(W, 'sdt'), function (sdt) {
        var pr = kids(sdt, W, 'sdtPr')[0], tag = pr && kids(pr, W, 'tag')[0];
        var name = tag && wattr(tag, 'val');
        if (name && Object.prototype.hasOwnProperty.call(ans, name)) fillControl(doc, sdt, ans[name], kind[name]);
      });
      var out = new XMLSerializer().serializeToString(doc);
      if (out.slice(0, 5) !== '<?xml') out = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + out;
      files['word/document.xml'] = fflate.strToU8(out);
      return fflate.zipSync(files, { level: 6 });
    }).then(function (out) {
      download(out, info.slug + '-filled.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      return 'Your filled Word file is ready: ' + info.slug + '-filled.docx.';
    });
  }

  // ---- answers files ----
  function saveAnswers() {
    var info = pageInfo();
    var data = { format: 'toolkitgen-answers', format_version: 1, page: info.page, title: info.title,
                 template_version: ctx.version || '', saved: new Date().toISOString(), answers: ctx.answers() };
    download(JSON.stringify(data, null, 2) + '\n', info.slug + '-answers.json', 'application/json');
    return Promise.resolve('Your answers are saved: ' + info.slug + '-answers.json (' +
                           count(Object.keys(data.answers).length, 'field', 'fields') + ').');
  }
  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(new Uint8Array(r.result)); };
      r.onerror = function () { reject(r.error); };
      r.readAsArrayBuffer(file);
    });
  }
  // The answers of a PDF filled in any reader: field name -> value, as the web form keeps them.
  function pdfAnswers(bytes, fileName) {
    var kind = kinds();
    return libs(['zip', 'pdf']).then(function () {
      var L = window.PDFLib;
      return L.PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true }).then(function (doc) {
        var vals = {};
        var fields = [];
        try { fields = doc.getForm().getFields(); } catch (e) { fields = []; }
        fields.forEach(function (f) {
          var name = f.getName(), v;
          if (f instanceof L.PDFCheckBox) v = f.isChecked();
          else if (f instanceof L.PDFRadioGroup) v = f.getSelected() || '';
          else if (f instanceof L.PDFDropdown || f instanceof L.PDFOptionList) v = f.getSelected()[0] || '';
          else if (f instanceof L.PDFTextField) { v = f.getText() || ''; if (kind[name] === 'date') v = isoDate(v); }
          else return;
          vals[name] = v;
        });
        var names = Object.keys(vals), known = names.filter(function (n) { return n in kind; });
        if (!names.length || known.length * 2 < names.length) {
          var title = doc.getTitle();
          throw userError(fileName + (title ? ' is "' + title + '", not this template' : ' is not a PDF of this template') +
                          ': nothing was loaded.');
        }
        return vals;
      });
    });
  }
  function openAnswers(file) {
    var info = pageInfo();
    return readFile(file).then(function (bytes) {
      var head = String.fromCharCode.apply(null, bytes.subarray(0, 1024));
      if (head.indexOf('%PDF-') >= 0) return pdfAnswers(bytes, file.name);
      var data;
      try { data = JSON.parse(new TextDecoder('utf-8').decode(bytes)); } catch (e) { data = null; }
      if (!data || data.format !== 'toolkitgen-answers' || typeof data.answers !== 'object' || !data.answers)
        throw userError(file.name + ' is neither an answers file nor a PDF of this template: nothing was loaded.');
      if (data.page !== info.page)
        throw userError(file.name + ' holds answers for another template' + (data.title ? ' ("' + data.title + '")' : '') +
                        ': nothing was loaded.');
      return data.answers;
    }).then(function (vals) {
      var kind = kinds();
      var set = ctx.fill(vals);
      var missing = Object.keys(kind).filter(function (n) { return !Object.prototype.hasOwnProperty.call(vals, n); });
      var extra = Object.keys(vals).filter(function (n) { return !(n in kind); });
      var msg = 'Loaded ' + count(set.length, 'answer', 'answers') + ' from ' + file.name;
      if (missing.length) msg += '; ' + count(missing.length, 'field was', 'fields were') + ' not in this file: ' + missing.join(', ');
      if (extra.length) msg += '; ' + count(extra.length, 'answer in the file is', 'answers in the file are') +
                               ' not on this form (left out): ' + extra.join(', ');
      return msg + '.';
    });
  }

  window.tkFill = {
    init: function (c) {
      ctx = c;
      return { pdf: fillPdf, docx: fillDocx, save: saveAnswers, open: openAnswers };
    }
  };
})();
