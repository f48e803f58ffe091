// Small enhancements; every page works without this script.
(function () {
  "use strict";
  // Ask before destructive actions (forms marked data-confirm). Without JavaScript the server
  // shows a confirmation page instead.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // Move focus to the error summary after a failed submission, so keyboard and screen-reader
  // users hear what went wrong.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  // Copy buttons for freshly created API tokens.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (target && navigator.clipboard) {
        navigator.clipboard.writeText(target.textContent.trim());
        button.textContent = button.getAttribute("data-copied") || "Copied";
      }
    });
  });
})();
