// Small enhancements for every page; each page reads completely without them.
(function () {
  "use strict";

  // The light/dark toggle, shown only when this script runs. The choice is kept in localStorage;
  // the inline script in <head> applies it before first paint.
  var button = document.querySelector(".theme-toggle");
  if (button) {
    var root = document.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    var isDark = function () {
      var chosen = root.dataset.theme;
      return chosen ? chosen === "dark" : system.matches;
    };
    var show = function () { button.setAttribute("aria-pressed", String(isDark())); };
    button.hidden = false;
    show();
    system.addEventListener("change", show);
    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("quire-theme", next); } catch (e) { /* private mode: not remembered */ }
      show();
    });
  }

  // Wide formulas, code and tables scroll inside their own box: a box that overflows at the
  // current width joins the tab order so that keyboard users can scroll it too (WCAG 2.1.1).
  // Boxes that fit stay out of it, so they add no empty tab stops.
  var boxes = document.querySelectorAll(".math.display, .prose pre, .table-wrap");
  function focusable() {
    boxes.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
      else box.removeAttribute("tabindex");
    });
  }
  if (boxes.length) {
    focusable();
    var timer = 0;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(focusable, 100);
    });
  }
})();
