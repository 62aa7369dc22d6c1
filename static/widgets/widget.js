/* Inside a widget: tell the framing page our height (only that page's origin may
   read it), answer its requests to measure again (only from it), count one
   impression (nothing about the visitor), and remember the framing page's
   origin across the survey's steps. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.hash.slice(1));
  var parentOrigin = params.get("embed") || "";
  if (!parentOrigin && document.referrer) {
    try { parentOrigin = new URL(document.referrer).origin; } catch (e) { parentOrigin = ""; }
  }
  if (parentOrigin === location.origin || !/^https?:\/\/[^/]+$/.test(parentOrigin)) { parentOrigin = ""; }
  var framed = window.parent !== window;
  var body = document.body;
  var widgetId = params.get("id") || "";

  function postHeight() {
    if (!framed || !parentOrigin) { return; }
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "participation-widget:height", id: widgetId, height: height }, parentOrigin);
  }

  window.addEventListener("message", function (event) {
    // Only the page that frames us, from the origin it was framed from.
    if (event.source !== window.parent || !parentOrigin || event.origin !== parentOrigin) { return; }
    if (event.data && event.data.type === "participation-widget:measure") { postHeight(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".survey-form");
    var field = form && form.querySelector('input[name="embed_origin"]');
    if (field && !field.value) { field.value = parentOrigin; }
    if (field && !parentOrigin) { parentOrigin = field.value; }
    if (form) {
      // The next screen's address keeps the framing page's origin (for the
      // heights); a fragment is never sent to the server nor cached.
      var next = new URLSearchParams(location.hash.slice(1));
      if (parentOrigin) { next.set("embed", parentOrigin); }
      // getAttribute: the form's buttons are named "action", which shadows form.action.
      form.setAttribute("action", (form.getAttribute("action") || "").split("#")[0] + "#" + next.toString());
    }
    if ("ResizeObserver" in window) { new ResizeObserver(postHeight).observe(document.documentElement); }
    postHeight();
    // Only a widget's first screen (a GET) counts; the survey's later screens are POSTs.
    if (body.hasAttribute("data-count")) { countImpression(); }
  });
  window.addEventListener("load", postHeight);

  function countImpression() {
    if (!framed || !window.fetch) { return; }
    var data = new URLSearchParams();
    data.set("kind", body.getAttribute("data-widget-kind"));
    data.set("id", body.getAttribute("data-widget-id"));
    data.set("origin", parentOrigin);
    // No credentials: the count needs no cookie, and none is sent.
    fetch(body.getAttribute("data-hit-url"), { method: "POST", body: data, credentials: "omit", keepalive: true })
      .catch(function () { /* a lost count is not worth bothering the reader */ });
  }
})();
