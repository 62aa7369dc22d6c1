/* Surveys, progressively enhanced: conditional questions show and hide as
   residents answer, and reCAPTCHA v3 (when configured) adds its token on
   sending. Without JavaScript the server does the same work. */
(function () {
  "use strict";

  function answerMatches(form, key, value) {
    var inputs = form.querySelectorAll('[name="' + CSS.escape(key) + '"]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (input.type === "radio" || input.type === "checkbox") {
        if (input.checked && input.value === value) { return true; }
      } else if (input.tagName === "SELECT" && input.multiple) {
        for (var j = 0; j < input.options.length; j++) {
          if (input.options[j].selected && input.options[j].value === value) { return true; }
        }
      } else if (input.value === value) {
        return true;
      }
    }
    return false;
  }

  function updateConditions(form) {
    // In document order, so a question hidden by its condition also hides the ones depending on it.
    form.querySelectorAll("[data-show-when]").forEach(function (question) {
      var key = question.getAttribute("data-show-when");
      var controller = form.querySelector("#question-" + CSS.escape(key));
      var shown = (!controller || !controller.hidden) &&
        answerMatches(form, key, question.getAttribute("data-show-value"));
      question.hidden = !shown;
      question.classList.remove("survey-question--waiting");
      question.querySelectorAll("input, select, textarea").forEach(function (input) {
        input.disabled = !shown;
      });
    });
    form.querySelectorAll(".survey-condition-hint").forEach(function (hint) { hint.hidden = true; });
  }

  function setUpRecaptcha(form) {
    var field = form.querySelector("input.g-recaptcha");
    if (!field) { return; }
    var sending = false;
    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (sending || !window.grecaptcha || (submitter && submitter.value === "back")) { return; }
      event.preventDefault();
      window.grecaptcha.ready(function () {
        window.grecaptcha.execute(field.getAttribute("data-sitekey"), {
          action: field.getAttribute("data-recaptcha-action") || "survey"
        }).then(function (token) {
          field.value = token;
          sending = true;
          form.requestSubmit(submitter || undefined);
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".survey-form").forEach(function (form) {
      updateConditions(form);
      form.addEventListener("change", function () { updateConditions(form); });
      setUpRecaptcha(form);
    });
    var summary = document.getElementById("survey-errors");
    if (summary) { summary.focus(); }
  });
})();
