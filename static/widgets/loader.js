/* Participation portal widgets: <script src="…/static/widgets/loader.js" async></script>
   and <div data-participation-widget="survey" data-page="12" data-lang="pl"><a href="…">…</a></div>.
   Replaces each placeholder's link with an <iframe> of the widget and keeps the
   iframe as tall as its content. Heights are accepted only from the portal's
   origin and only from the iframe they describe. Without JavaScript the link stays. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var portal = new URL(script.src).origin;
  var OPTIONS = ["district", "topic", "status", "partner", "campaign", "limit", "theme", "accent"];
  var frames = [];

  function widgetUrl(box, id) {
    var kind = box.getAttribute("data-participation-widget");
    var lang = box.getAttribute("data-lang") || "pl";
    var page = box.getAttribute("data-page");
    var url = new URL(portal + "/" + encodeURIComponent(lang) + "/widgets/" + encodeURIComponent(kind) + "/" +
      (page ? encodeURIComponent(page) + "/" : ""));
    OPTIONS.forEach(function (name) {
      var value = box.getAttribute("data-" + name);
      if (value) { url.searchParams.set(name, value); }
    });
    url.hash = "embed=" + encodeURIComponent(location.origin) + "&id=" + id;
    return url.href;
  }

  function build(box) {
    if (box.getAttribute("data-widget-ready")) { return; }
    box.setAttribute("data-widget-ready", "1");
    var link = box.querySelector("a");
    var frame = document.createElement("iframe");
    frame.src = widgetUrl(box, frames.length);
    frame.title = box.getAttribute("data-title") || (link ? link.textContent.trim() : "") || "Widget";
    frame.setAttribute("loading", "lazy");
    frame.style.cssText = "display:block;width:100%;min-width:280px;border:0;height:" +
      (box.getAttribute("data-height") || "480") + "px";
    frames.push(frame);
    if (link) { link.hidden = true; }
    box.appendChild(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== portal || !event.data || event.data.type !== "participation-widget:height") { return; }
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Number(event.data.height);
        if (height > 0 && height < 20000) { frames[i].style.height = Math.ceil(height) + "px"; }
      }
    }
  });

  function start() {
    var boxes = document.querySelectorAll("[data-participation-widget]");
    for (var i = 0; i < boxes.length; i++) { build(boxes[i]); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
