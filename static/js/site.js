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
    /* Already shown by CSS (html.js): unhiding it here would shift the page after load. */
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
    if (root.classList.contains("cookie-notice-seen")) {
      notice.hidden = true;
      return;
    }
    /* The fixed banner must not hide the end of the page: pad the body by its height.
       Padding at the very end moves nothing already laid out, so it shifts no layout. */
    function reserveSpace() {
      document.body.style.paddingBottom = notice.hidden ? "" : notice.offsetHeight + "px";
    }
    reserveSpace();
    window.addEventListener("resize", reserveSpace);
    notice.addEventListener("toggle", reserveSpace, true);
    notice.querySelector("[data-cookie-notice-dismiss]").addEventListener("click", function () {
      store("cookieNoticeSeen", "1");
      root.classList.add("cookie-notice-seen");
      notice.hidden = true;
      reserveSpace();
    });
  }

  /* The header's menu and search are <details> disclosures that work without this.
     It adds what the pattern expects (WAI-ARIA APG "Disclosure"): aria-expanded on the
     button, Escape closes and returns focus to the button, one panel open at a time,
     focus into the search field when search opens, a click elsewhere closes. */
  function initDisclosures() {
    var disclosures = Array.prototype.slice.call(document.querySelectorAll("[data-disclosure]"));
    disclosures.forEach(function (details) {
      var summary = details.querySelector("summary");
      summary.setAttribute("aria-expanded", String(details.open));
      details.addEventListener("toggle", function () {
        summary.setAttribute("aria-expanded", String(details.open));
        if (!details.open) return;
        disclosures.forEach(function (other) {
          if (other !== details) other.open = false;
        });
        var target = details.dataset.disclosureFocus;
        if (target && details.querySelector(target) && summary.offsetParent !== null) {
          details.querySelector(target).focus();
        }
      });
      details.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || !details.open) return;
        /* The search field's own suggestions use Escape first. */
        if (event.defaultPrevented) return;
        details.open = false;
        summary.focus();
      });
    });
    document.addEventListener("click", function (event) {
      disclosures.forEach(function (details) {
        if (details.open && !details.contains(event.target)) details.open = false;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initReadingPreferences();
    initCookieNotice();
    initDisclosures();
  });
})();
