// Template pages: the print button, and entries kept in this browser only (localStorage), never sent.
(function () {
  'use strict';
  var form = document.getElementById('tk-form');
  if (!form) return;
  var key = 'toolkitgen:' + location.pathname;
  var store = null;
  try { store = window.localStorage; store.getItem(key); } catch (e) { store = null; }
  function save() {
    if (!store) return;
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === 'radio') { if (el.checked) data[el.name] = el.value; }
      else data[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    });
    try { store.setItem(key, JSON.stringify(data)); } catch (e) { /* full or blocked: keep going */ }
  }
  function restore() {
    if (!store) return;
    var data;
    try { data = JSON.parse(store.getItem(key) || '{}'); } catch (e) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in data)) return;
      if (el.type === 'checkbox') el.checked = !!data[el.name];
      else if (el.type === 'radio') el.checked = data[el.name] === el.value;
      else el.value = String(data[el.name]);
    });
  }
  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('reset', function () {
    if (store) { try { store.removeItem(key); } catch (e) { /* ignore */ } }
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
})();
