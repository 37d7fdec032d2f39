// Spotlights list: filters by focus area, location and partner type, and sorting. Without JavaScript every card shows.
(function () {
  'use strict';
  var box = document.getElementById('spotlight-filters');
  var list = document.getElementById('spotlight-cards');
  var status = document.getElementById('filter-status');
  if (!box || !list) return;
  box.hidden = false;
  var focus = document.getElementById('filter-focus');
  var loc = document.getElementById('filter-location');
  var partner = document.getElementById('filter-partner');
  var sort = document.getElementById('filter-sort');
  var cards = Array.prototype.slice.call(list.children);
  function has(attr, value) { return !value || (' ' + attr + ' ').indexOf(' ' + value + ' ') >= 0; }
  function apply() {
    var shown = 0;
    cards.forEach(function (c) {
      var ok = has(c.getAttribute('data-focus'), focus.value) &&
        (!loc.value || c.getAttribute('data-location') === loc.value) &&
        has(c.getAttribute('data-partner'), partner.value);
      c.hidden = !ok;
      if (ok) shown++;
    });
    var sorted = cards.slice().sort(function (a, b) {
      if (sort.value === 'featured') return (+a.getAttribute('data-order')) - (+b.getAttribute('data-order'));
      var r = a.getAttribute('data-title').localeCompare(b.getAttribute('data-title'));
      return sort.value === 'za' ? -r : r;
    });
    sorted.forEach(function (c) { list.appendChild(c); });
    status.textContent = shown === cards.length ? 'Showing all ' + shown + ' spotlights.'
      : 'Showing ' + shown + ' of ' + cards.length + ' spotlights.';
  }
  [focus, loc, partner, sort].forEach(function (s) { s.addEventListener('change', apply); });
  var params = new URLSearchParams(location.search);
  if (params.get('focus')) focus.value = params.get('focus');
  apply();
})();
