// Live reload for `quire serve`. The preview server adds this script to the pages it serves;
// it is never part of a build. Events: `reload` and `css` after a rebuild (with the site paths
// that changed), `problems` when a rebuild failed (with the error box to show).
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script ? script.getAttribute("data-path") : "";

  function payload(event) {
    try { return JSON.parse(event.data); } catch (e) { return {}; }
  }

  function clearOverlay() {
    var box = document.getElementById("quire-overlay");
    if (box) { box.remove(); }
  }

  function sitePath(href) {
    return new URL(href, location.href).pathname.replace(/^\//, "");
  }

  // Swaps each changed stylesheet for a fresh copy, removing the old one only once the new one
  // has loaded, so the page never shows unstyled.
  function swapStylesheets(paths) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var path = sitePath(link.href);
      var changed = paths.some(function (p) { return path === p || path.slice(-p.length - 1) === "/" + p; });
      if (!changed) { return; }
      var fresh = link.cloneNode();
      var url = new URL(link.href, location.href);
      url.searchParams.set("v", String(Date.now()));
      fresh.href = url.href;
      fresh.addEventListener("load", function () { link.remove(); });
      link.after(fresh);
    });
  }

  var events = null;

  function connect() {
    events = new EventSource("/_quire/events");
    events.addEventListener("open", function () {
      document.documentElement.setAttribute("data-quire-live", "open"); // for tests and curious readers
    });

    events.addEventListener("reload", function (event) {
      var paths = payload(event).paths || [];
      clearOverlay();
      // its own file, or something a page embeds (an image, a font, a script); not feeds or
      // search data, which no page shows as it loads
      var reload = page === "" || paths.some(function (p) {
        return p === page || /\.(js|svg|png|jpe?g|gif|webp|avif|ico|woff2?)$/.test(p);
      });
      if (reload) {
        location.reload();
      } else {
        swapStylesheets(paths.filter(function (p) { return /\.css$/.test(p); }));
      }
    });

    events.addEventListener("css", function (event) {
      clearOverlay();
      swapStylesheets(payload(event).paths || []);
    });

    events.addEventListener("problems", function (event) {
      clearOverlay();
      document.body.insertAdjacentHTML("beforeend", payload(event).html || "");
    });
  }

  // A page kept in the back/forward cache would hold its event stream open; a few of them use
  // up the browser's connections to the preview host and later requests stall. Close the
  // stream when the page is hidden and open it again if the page comes back.
  window.addEventListener("pagehide", function () {
    if (events) { events.close(); events = null; }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && !events) { connect(); }
  });

  connect();
})();
