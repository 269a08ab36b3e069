// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // Text size control ("A- / A+"): scales the root font size, which every length in
  // site.css follows (rem), so the layout reflows instead of breaking. Remembered on
  // this device only.
  var STEPS = [87.5, 100, 112.5, 125, 150, 175, 200];
  var KEY = "text-size";
  var root = document.documentElement;

  function readStep() {
    try {
      var stored = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(stored) ? 1 : Math.max(0, Math.min(STEPS.length - 1, stored));
    } catch (e) {
      return 1;
    }
  }

  function apply(step) {
    root.style.fontSize = STEPS[step] === 100 ? "" : STEPS[step] + "%";
  }

  var step = readStep();
  apply(step);
  // Controls that need this script (A-/A+) are laid out from the start and seen from now on.
  root.classList.add("js");

  document.addEventListener("DOMContentLoaded", function () {
    // Stacked tables: on a phone their rows become cards (display: block), and some browsers
    // then stop reading them as tables. The roles say again what the elements are; they are
    // set here because HTML forbids them in the markup of a native table's rows and cells.
    var ROLES = { TABLE: "table", THEAD: "rowgroup", TBODY: "rowgroup", TFOOT: "rowgroup", TR: "row", TD: "cell" };
    Array.prototype.forEach.call(
      document.querySelectorAll(".table-wrapper--stack table, .table-wrapper--stack table *"),
      function (element) {
        var role = element.tagName === "TH"
          ? (element.getAttribute("scope") === "row" ? "rowheader" : "columnheader")
          : ROLES[element.tagName];
        if (role) element.setAttribute("role", role);
      }
    );

    // The offer filters are folded on phones (results first) and open beside the results
    // on wide screens; without this script they stay folded, one tap away.
    var filters = document.querySelector("[data-filters]");
    if (filters && window.matchMedia("(min-width: 60rem)").matches) filters.open = true;

    // Guide checklists: ticks are kept on this device, per guide (the same in both
    // languages). Without this script the boxes can still be ticked and printed.
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), function (list) {
      var key = "checklist:" + list.dataset.checklist;
      var done = [];
      try { done = JSON.parse(window.localStorage.getItem(key)) || []; } catch (e) { done = []; }
      var boxes = list.querySelectorAll("input[type=checkbox]");
      Array.prototype.forEach.call(boxes, function (box) {
        box.checked = done.indexOf(box.value) !== -1;
        box.addEventListener("change", function () {
          var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; })
            .map(function (b) { return b.value; });
          try { window.localStorage.setItem(key, JSON.stringify(ticked)); } catch (e) { /* private mode */ }
        });
      });
    });

    // A form sent back with errors opens on its summary (autofocus does it in most browsers).
    var summary = document.querySelector("[data-error-summary]");
    if (summary && document.activeElement !== summary) summary.focus();

    // The phone menu is a native <details> (read as an expanded or collapsed button):
    // Escape closes it and gives the focus back to its button.
    var menu = document.querySelector("[data-site-menu]");
    if (menu) {
      menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.open) {
          menu.open = false;
          menu.querySelector("summary").focus();
        }
      });
    }

    var control = document.querySelector("[data-text-size]");
    if (!control) return;
    var buttons = control.querySelectorAll("[data-text-size-step]");
    function refresh() {
      buttons[0].disabled = step === 0;
      buttons[1].disabled = step === STEPS.length - 1;
    }
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        step = Math.max(0, Math.min(STEPS.length - 1, step + parseInt(button.dataset.textSizeStep, 10)));
        apply(step);
        try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode */ }
        refresh();
      });
    });
    refresh();
  });
})();
