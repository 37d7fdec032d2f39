// node pdf_fill.mjs ENGINE IN.pdf OUT.pdf VALUES.json
// Fills a PDF form the way a partner's viewer does and saves the copy, with ENGINE one of
//   pdfjs  - pdf.js (Firefox): annotationStorage values, then saveDocument() (it writes the appearances)
//   pdfium - PDFium (Chrome, Edge), wasm: focus each widget and type (FORM_ReplaceSelection), click each
//            checkbox, then FPDF_SaveAsCopy (PDFium regenerates the appearances itself)
//   pdflib - pdf-lib (@cantoo/pdf-lib, web apps): setText / check, then updateFieldAppearances() with
//            DejaVu Sans (the form's font) embedded through @cantoo/fontkit
// VALUES.json maps fully qualified field names to a string (text fields), true (tick the checkbox) or
// {choice, state} (a radio-button group: pick the option labelled `choice`, whose widget's on state is
// `state`; pdf-lib and PDFium find it by the label through /Opt, pdf.js by the state).
// Modules come from tests/browser/node_modules. Prints "filled N" (fields set) on success.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const browser = process.env.TK_NODE_MODULES_DIR || join(here, '..', 'browser');
const require = createRequire(join(browser, 'package.json'));
const load = (m) => import(pathToFileURL(require.resolve(m)).href);

const [engine, input, output, valuesFile] = process.argv.slice(2);
const values = JSON.parse(readFileSync(valuesFile, 'utf8'));
const data = new Uint8Array(readFileSync(input));
const fontFile = (process.env.TOOLKITGEN_FONT_DIR || '/usr/share/fonts/truetype/dejavu') + '/DejaVuSans.ttf';

async function pdfjs() {
  const lib = await load('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await lib.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  let n = 0;
  for (let p = 1; p <= doc.numPages; ++p) {
    const page = await doc.getPage(p);
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== 'Widget' || !(a.fieldName in values)) continue;
      const v = values[a.fieldName];
      if (a.radioButton) doc.annotationStorage.setValue(a.id, { value: a.buttonValue === v.state });
      else if (a.checkBox) doc.annotationStorage.setValue(a.id, { value: v === true });
      else doc.annotationStorage.setValue(a.id, { value: String(v) });
      ++n;
    }
  }
  writeFileSync(output, await doc.saveDocument());
  return n;
}

async function pdflib() {
  const mod = await load("@cantoo/pdf-lib");
  const lib = mod.PDFDocument ? mod : mod.default;
  const fk = await load("@cantoo/fontkit");
  const fontkit = fk.default || fk;
  const doc = await lib.PDFDocument.load(data);
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(fontFile), { subset: true });
  const form = doc.getForm();
  let n = 0;
  for (const f of form.getFields()) {
    const name = f.getName();
    if (!(name in values)) continue;
    if (f instanceof lib.PDFRadioGroup) f.select(values[name].choice);
    else if (f instanceof lib.PDFCheckBox) values[name] === true ? f.check() : f.uncheck();
    else f.setText(String(values[name]));
    ++n;
  }
  form.updateFieldAppearances(font);
  writeFileSync(output, await doc.save());
  return n;
}

async function pdfium() {
  const { init } = await load('@embedpdf/pdfium');
  const wasm = readFileSync(join(dirname(require.resolve('@embedpdf/pdfium')), 'pdfium.wasm'));
  const m = await init({ wasmBinary: wasm });
  m.PDFiumExt_Init();
  const malloc = (n) => m.pdfium.wasmExports.malloc(n);
  const free = (p) => m.pdfium.wasmExports.free(p);
  const buf = malloc(data.length);
  m.pdfium.HEAPU8.set(data, buf);
  const doc = m.FPDF_LoadMemDocument(buf, data.length, '');
  if (!doc) throw new Error('PDFium cannot open ' + input + ' (error ' + m.FPDF_GetLastError() + ')');
  const info = m.PDFiumExt_OpenFormFillInfo();
  const form = m.PDFiumExt_InitFormFillEnvironment(doc, info);
  const wide = (s) => {  // a NUL-terminated UTF-16LE string in wasm memory
    const p = malloc(2 * s.length + 2);
    m.pdfium.stringToUTF16(s, p, 2 * s.length + 2);
    return p;
  };
  const annotString = (get, annot) => {  // a UTF-16 string PDFium writes for a form annotation
    const len = get(form, annot, 0, 0);
    const p = malloc(len);
    get(form, annot, p, len);
    const s = m.pdfium.UTF16ToString(p);
    free(p);
    return s;
  };
  const nameOf = (annot) => annotString(m.FPDFAnnot_GetFormFieldName, annot);
  const exportValue = (annot) => annotString(m.FPDFAnnot_GetFormFieldExportValue, annot);
  const rect = malloc(16);
  let n = 0;
  const pages = m.FPDF_GetPageCount(doc);
  for (let i = 0; i < pages; ++i) {
    const page = m.FPDF_LoadPage(doc, i);
    m.FORM_OnAfterLoadPage(page, form);
    const count = m.FPDFPage_GetAnnotCount(page);
    for (let k = 0; k < count; ++k) {
      const annot = m.FPDFPage_GetAnnot(page, k);
      const name = nameOf(annot);
      if (name in values) {
        const type = m.FPDFAnnot_GetFormFieldType(form, annot);  // 2 checkbox, 3 radio button, 6 text
        m.FPDFAnnot_GetRect(annot, rect);
        const f = new Float32Array(m.pdfium.HEAPU8.buffer, rect, 4);
        const x = (f[0] + f[2]) / 2, y = (f[1] + f[3]) / 2;
        if (type === 3) {
          // Click the radio button whose export value (its /Opt label) is the chosen option.
          if (exportValue(annot) === values[name].choice) {
            m.FORM_OnLButtonDown(form, page, 0, x, y);
            m.FORM_OnLButtonUp(form, page, 0, x, y);
          }
        } else if (type === 2) {
          if (values[name] === true && !m.FPDFAnnot_IsChecked(form, annot)) {
            m.FORM_OnLButtonDown(form, page, 0, x, y);
            m.FORM_OnLButtonUp(form, page, 0, x, y);
          }
        } else if (type === 6) {
          m.FORM_SetFocusedAnnot(form, annot);
          m.FORM_SelectAllText(form, page);
          const t = wide(String(values[name]));
          m.FORM_ReplaceSelection(form, page, t);
          free(t);
        }
        m.FORM_ForceToKillFocus(form);
        ++n;
      }
      m.FPDFPage_CloseAnnot(annot);
    }
    m.FORM_OnBeforeClosePage(page, form);
    m.FPDF_ClosePage(page);
  }
  const writer = m.PDFiumExt_OpenFileWriter();
  if (!m.PDFiumExt_SaveAsCopy(doc, writer)) throw new Error('PDFium cannot save');
  const size = m.PDFiumExt_GetFileWriterSize(writer);
  const out = malloc(size);
  m.PDFiumExt_GetFileWriterData(writer, out, size);
  writeFileSync(output, Buffer.from(m.pdfium.HEAPU8.slice(out, out + size)));
  m.PDFiumExt_CloseFileWriter(writer);
  m.PDFiumExt_ExitFormFillEnvironment(form);
  m.PDFiumExt_CloseFormFillInfo(info);
  m.FPDF_CloseDocument(doc);
  return n;
}

const engines = { pdfjs, pdflib, pdfium };
if (!engines[engine]) {
  console.error('usage: node pdf_fill.mjs pdfjs|pdfium|pdflib IN.pdf OUT.pdf VALUES.json');
  process.exit(2);
}
console.log('filled ' + (await engines[engine]()));
