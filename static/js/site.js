// On a phone the filters fold behind their summary button (<details class="fold">); on a
// wider screen, and while the form shows an error, they stay open.
(function () {
  "use strict";
  if (!window.matchMedia("(max-width: 760px)").matches) return;
  document.querySelectorAll("details.fold[open]:not([data-keep-open])").forEach(function (d) {
    d.removeAttribute("open");
  });
})();
