// mutool run mupdf_fill.js IN.pdf OUT.pdf VALUES.json
// MuPDF (SumatraPDF, mobile viewers) fills a form as a partner does: setTextValue on each text field named
// in VALUES.json (fully qualified name -> string), toggle on each checkbox given true and on the radio
// button whose on state is the value's `state` ({choice, state}), update() (MuPDF
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
  var annots = doc.findPage(i).get("Annots"), names = [], states = [];
  for (var a = 0; annots && a < annots.length; a++) {
    var annot = annots.get(a);
    if (annot.get("Subtype").toString() != "/Widget") continue;
    names.push(fullName(annot));
    var on = "";
    var ap = annot.get("AP");
    if (ap && ap.isDictionary() && ap.get("N").isDictionary())
      ap.get("N").forEach(function (key) {  // MuPDF 1.21 calls back with (key, value)
        var k = String(key).replace(/^\//, "");
        if (k != "Off") on = k;
      });
    states.push(on);
  }
  var ws = doc.loadPage(i).getWidgets();
  for (var j = 0; j < ws.length; j++) {
    var w = ws[j];
    var name = names[j];
    if (!(name in values)) continue;
    var v = values[name];
    if (w.getFieldType() == "radiobutton") {
      if (states[j] != v.state) continue;
      w.toggle();
    } else if (w.getFieldType() == "checkbox") {
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
