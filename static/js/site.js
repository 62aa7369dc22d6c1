/* Progressive enhancements of the site frame. Everything works without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZES = ["normal", "large", "largest"];

  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      /* The choice then lasts for this page only. */
    }
  }

  function applyTextSize(size) {
    SIZES.forEach(function (name) {
      root.classList.toggle("text-" + name, name === size && name !== "normal");
    });
    document.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.textSize === size));
    });
  }

  function currentTextSize() {
    for (var i = 0; i < SIZES.length; i += 1) {
      if (root.classList.contains("text-" + SIZES[i])) return SIZES[i];
    }
    return "normal";
  }

  function initReadingPreferences() {
    var panel = document.querySelector("[data-reading-preferences]");
    if (!panel) return;
    panel.hidden = false;
    applyTextSize(currentTextSize());
    panel.querySelectorAll("[data-text-size]").forEach(function (button) {
      button.addEventListener("click", function () {
        applyTextSize(button.dataset.textSize);
        store("textSize", button.dataset.textSize);
      });
    });
    var contrast = panel.querySelector("[data-contrast-toggle]");
    contrast.setAttribute("aria-pressed", String(root.classList.contains("high-contrast")));
    contrast.addEventListener("click", function () {
      var on = !root.classList.contains("high-contrast");
      root.classList.toggle("high-contrast", on);
      contrast.setAttribute("aria-pressed", String(on));
      store("contrast", on ? "high" : "normal");
    });
  }

  function initCookieNotice() {
    var notice = document.querySelector("[data-cookie-notice]");
    if (!notice) return;
    var seen = false;
    try {
      seen = window.localStorage.getItem("cookieNoticeSeen") === "1";
    } catch (error) {
      seen = false;
    }
    if (seen) {
      notice.hidden = true;
      return;
    }
    var dismiss = notice.querySelector("[data-cookie-notice-dismiss]");
    dismiss.hidden = false;
    dismiss.addEventListener("click", function () {
      store("cookieNoticeSeen", "1");
      notice.hidden = true;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initReadingPreferences();
    initCookieNotice();
  });
})();
