// Staff console behaviour that htmx does not cover. No inline handlers (the CSP forbids them),
// and text is only ever set with .value / .textContent, never parsed as HTML.
(function () {
  "use strict";
  var baseTitle = document.title;

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".canned-reply") : null;
    if (!button) { return; }
    var target = document.getElementById(button.getAttribute("data-target"));
    if (!target) { return; }
    var text = button.getAttribute("data-text") || "";
    target.value = target.value ? target.value.replace(/\s*$/, "") + "\n" + text : text;
    target.focus();
  });

  document.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("autosubmit")) {
      event.target.form.submit();
    }
  });

  function flagUrgent() {
    var alert = document.querySelector(".urgent-alert");
    document.title = alert ? "(!) " + baseTitle : baseTitle;
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    flagUrgent();
    if (event.target.id === "transcript") {
      event.target.scrollTop = event.target.scrollHeight;
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    flagUrgent();
    var log = document.getElementById("transcript");
    if (log) { log.scrollTop = log.scrollHeight; }
  });
})();
