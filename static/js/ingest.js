// "Add a reading" for the manual ingestion form: clones the last row and bumps the
// formset's TOTAL_FORMS. Without JS the form still posts its three rows.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-add-reading]");
    if (!button) return;
    var form = button.closest("form");
    var total = form.querySelector("input[name$='-TOTAL_FORMS']");
    var rows = form.querySelectorAll("table.readings-input tbody tr[data-row]");
    var last = rows[rows.length - 1];
    var index = parseInt(total.value, 10);
    if (index >= 100) return;
    var row = last.cloneNode(true);
    var previous = index - 1;
    row.innerHTML = row.innerHTML
      .split("readings-" + previous + "-").join("readings-" + index + "-")
      .split("Reading " + index + " ").join("Reading " + (index + 1) + " ");
    row.querySelector("th").textContent = String(index + 1);
    row.querySelectorAll("input").forEach(function (input) { input.value = ""; });
    row.querySelectorAll(".field-error").forEach(function (node) { node.remove(); });
    last.after(row);
    total.value = String(index + 1);
    row.querySelector("input").focus();
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-add-reading]").forEach(function (b) { b.hidden = false; });
  });
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("[data-add-reading]").forEach(function (b) { b.hidden = false; });
  });
})();
