/* Title suggestions under the header's search box: a WAI-ARIA 1.2 combobox
 * with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 * Without this script the box is a plain search form; with it, typing two or
 * more letters lists up to eight page titles. Down/Up move through them,
 * Enter opens the chosen page (or searches when none is chosen), Escape
 * closes the list (a second Escape clears the box), Alt+Down opens it. */
(function () {
  "use strict";
  var DELAY_MS = 200;
  var MIN_LENGTH = 2;

  function enhance(form) {
    var input = form.querySelector("input[name=query]");
    var listbox = form.querySelector("[data-search-suggestions]");
    var status = form.querySelector("[data-search-status]");
    var url = form.dataset.autocompleteUrl;
    if (!input || !listbox || !status || !url || !window.fetch) return;

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    /* Styles: the "Search" section of static/css/site.css. */
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function isOpen() {
      return !listbox.hidden;
    }

    function setActive(index) {
      active = index;
      options.forEach(function (option, i) {
        var selected = i === index;
        option.setAttribute("aria-selected", String(selected));
        option.classList.toggle("search-suggestions__option--active", selected);
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function open() {
      if (!options.length) return;
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function render(results) {
      listbox.textContent = "";
      options = results.map(function (result, i) {
        var option = document.createElement("li");
        option.id = listbox.id + "-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "search-suggestions__option";
        option.dataset.url = result.url;
        option.textContent = result.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); /* keep the focus in the box */
        });
        option.addEventListener("click", function () {
          window.location.assign(result.url);
        });
        listbox.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = options.length
        ? (status.dataset.countTemplate || "%s").replace("%s", String(options.length))
        : "";
      if (options.length) open();
      else close();
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (controller) controller.abort();
      if (query.length < MIN_LENGTH) {
        render([]);
        return;
      }
      controller = new AbortController();
      window
        .fetch(url + "?query=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          signal: controller.signal,
        })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) render(data.results || []);
        })
        .catch(function () {
          /* Aborted or offline: the plain form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (!options.length) return;
        event.preventDefault();
        if (!isOpen()) {
          open();
          if (event.altKey) return;
        }
        setActive(active + 1 >= options.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (isOpen() && active >= 0) {
          event.preventDefault();
          window.location.assign(options[active].dataset.url);
        }
      } else if (event.key === "Escape") {
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          lastQuery = "";
          render([]);
        }
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  document.querySelectorAll("form[data-autocomplete-url]").forEach(enhance);
})();
