// "Print this page": opens the browser's print dialog. Without JavaScript the link shows how to print.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-print-page]'), function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      window.print();
    });
  });
})();
