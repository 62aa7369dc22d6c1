/* "Was this page useful?" without reloading the page.
 *
 * Progressive enhancement: the forms work as plain POSTs (a redirect back to
 * the page shows the next step). With this script the same endpoints answer
 * JSON, the steps swap in place and focus moves to the new step's message
 * (read out by screen readers); errors go to a role=alert region. No inline code: the Content-Security-Policy
 * forbids it.
 */
(function () {
  "use strict";

  function formDataWith(form, submitter) {
    var data = new FormData(form);
    // FormData(form) leaves out the button that submitted it (yes / no).
    if (submitter && submitter.name) data.set(submitter.name, submitter.value);
    return data;
  }

  function send(form, submitter) {
    return fetch(form.action, {
      method: "POST",
      body: formDataWith(form, submitter),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (body) {
          if (!response.ok) throw { serverMessage: body.error };
          return body;
        });
    });
  }

  function initPoll(poll) {
    var voteForm = poll.querySelector("[data-feedback-vote]");
    var commentStep = poll.querySelector("[data-feedback-comment]");
    var commentForm = poll.querySelector("[data-feedback-comment-form]");
    var voted = poll.querySelector("[data-feedback-voted]");
    var done = poll.querySelector("[data-feedback-done]");
    var error = poll.querySelector("[data-feedback-error]");
    // Shown when the server gives no message (e.g. the network is down).
    var fallbackError = poll.dataset.feedbackErrorText || "";

    // Focus moves to the new step's thank-you, so screen readers read it out
    // at once; a separate live region would announce the same words twice.
    function showStep(step, focusTarget) {
      [voteForm, commentStep, done].forEach(function (element) {
        element.hidden = element !== step;
      });
      poll.dataset.state = step === voteForm ? "initial" : step === done ? "thanks" : "comment";
      error.textContent = "";
      focusTarget.focus();
    }

    function busy(form, on) {
      form.querySelectorAll("button").forEach(function (button) {
        button.disabled = on;
      });
    }

    function submitWith(form, onSuccess) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        busy(form, true);
        send(form, event.submitter)
          .then(onSuccess)
          .catch(function (problem) {
            // A network failure rejects with the browser's own English text:
            // show only the server's localized message, else the page's own.
            error.textContent = (problem && problem.serverMessage) || fallbackError;
          })
          .then(function () {
            busy(form, false);
          });
      });
    }

    submitWith(voteForm, function (body) {
      commentForm.elements.token.value = body.token;
      showStep(commentStep, voted);
    });
    submitWith(commentForm, function (body) {
      showStep(done, done);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-feedback]").forEach(initPoll);
  });
})();
