// mutool run mupdf_fill.js IN.pdf OUT.pdf VALUES.json
// MuPDF (SumatraPDF, mobile viewers) fills a form as a partner does: setTextValue on each text field named
// in VALUES.json (fully qualified name -> string), toggle on each checkbox given true, update() (MuPDF
// writes the appearance), then save. Prints "filled N".
var doc = new PDFDocument(scriptArgs[0]);
var values = JSON.parse(read(scriptArgs[2]));
function fullName(obj) {
  var parts = [];
  while (obj && obj.isDictionary()) {
    var t = obj.get("T");
    if (t && t.isString()) parts.unshift(t.asString());
    obj = obj.get("Parent");
  }
  return parts.join(".");
}
var n = 0;
for (var i = 0; i < doc.countPages(); i++) {
  // MuPDF 1.21's widgets have no name: take it from the page's /Annots (widgets in the same order).
  var annots = doc.findPage(i).get("Annots"), names = [];
  for (var a = 0; annots && a < annots.length; a++)
    if (annots.get(a).get("Subtype").toString() == "/Widget") names.push(fullName(annots.get(a)));
  var ws = doc.loadPage(i).getWidgets();
  for (var j = 0; j < ws.length; j++) {
    var w = ws[j];
    var name = names[j];
    if (!(name in values)) continue;
    var v = values[name];
    if (w.getFieldType() == "checkbox") {
      if (v === true && w.getValue() == "Off") w.toggle();
    } else if (w.getFieldType() == "text") {
      w.setTextValue(String(v));
    }
    w.update();
    n++;
  }
}
print("filled " + n);
doc.save(scriptArgs[1]);
