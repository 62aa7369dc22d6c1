/* Applies the reader's text size and contrast before the page is painted.
   Loaded synchronously in <head>; the buttons are wired up by site.js. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");
  try {
    var size = window.localStorage.getItem("textSize");
    if (size === "large" || size === "largest") {
      root.classList.add("text-" + size);
    }
    if (window.localStorage.getItem("cookieNoticeSeen") === "1") {
      root.classList.add("cookie-notice-seen");
    }
    if (window.localStorage.getItem("contrast") === "high") {
      root.classList.add("high-contrast");
    }
  } catch (error) {
    /* Storage blocked by the browser: the defaults apply. */
  }
})();
