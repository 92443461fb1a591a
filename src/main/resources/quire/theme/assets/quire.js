// The light/dark toggle: shown only when this script runs (the page reads as is without it).
// The choice is kept in localStorage; the inline script in <head> applies it before first paint.
(function () {
  "use strict";
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  var root = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");

  function isDark() {
    var chosen = root.dataset.theme;
    return chosen ? chosen === "dark" : system.matches;
  }
  function show() {
    button.setAttribute("aria-pressed", String(isDark()));
  }

  button.hidden = false;
  show();
  system.addEventListener("change", show);
  button.addEventListener("click", function () {
    var next = isDark() ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("quire-theme", next); } catch (e) { /* private mode: not remembered */ }
    show();
  });
})();
