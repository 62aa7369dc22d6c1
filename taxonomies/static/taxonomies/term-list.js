// The filter box of the district and topic pickers (taxonomies/forms.py).
// Typing narrows the checkbox list to the entries whose name contains the
// text, ignoring case and accents ("lagiew" finds "Łagiewniki"). Checked
// entries stay visible, so a filter never hides what the page already has.
(function () {
  "use strict";

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ł/g, "l")
      .replace(/Ł/g, "L")
      .toLocaleLowerCase();
  }

  function setUp(list) {
    var box = list.querySelector("[data-term-list-filter]");
    var input = list.querySelector("[data-term-list-input]");
    var status = list.querySelector("[data-term-list-status]");
    var options = Array.prototype.slice.call(list.querySelectorAll("[data-term-list-option]"));
    if (!box || !input || list.hasAttribute("data-term-list-ready")) {
      return;
    }
    list.setAttribute("data-term-list-ready", "");
    box.hidden = false;

    function apply() {
      var query = fold(input.value.trim());
      var matched = 0;
      options.forEach(function (option) {
        var checkbox = option.querySelector("input");
        var matches = !query || fold(option.textContent).indexOf(query) !== -1;
        option.hidden = !(matches || (checkbox && checkbox.checked));
        if (matches) {
          matched += 1;
        }
      });
      // Announced through the live region: typing gives no other feedback.
      status.textContent = matched ? "" : status.getAttribute("data-none-text");
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        // Enter would send the whole page form; here it only confirms the filter.
        event.preventDefault();
      } else if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        apply();
      }
    });
  }

  function setUpAll() {
    document.querySelectorAll("[data-term-list]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
