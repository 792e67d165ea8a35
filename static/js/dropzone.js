// Progressive enhancement of <div class="dropzone"> around a normal file input: files
// dropped on it go into the input and the form is submitted; without JS the input works.
(function () {
  "use strict";
  function enhance(zone) {
    var input = zone.querySelector("input[type=file]");
    if (!input || zone.dataset.enhanced) return;
    zone.dataset.enhanced = "1";
    zone.classList.add("enhanced");
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.remove("over");
      });
    });
    zone.addEventListener("drop", function (event) {
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      input.files = event.dataTransfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    input.addEventListener("change", function () {
      var name = zone.querySelector(".dropzone-file");
      if (name) name.textContent = input.files.length ? input.files[0].name : "";
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".dropzone").forEach(enhance);
  });
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll(".dropzone").forEach(enhance);
  });
  // Bytes sent so far while htmx posts the file (large files take a while).
  document.addEventListener("htmx:xhr:progress", function (event) {
    var form = event.target.closest && event.target.closest("#upload-form");
    if (!form || !event.detail.lengthComputable) return;
    var box = form.querySelector(".upload-progress");
    var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
    box.hidden = false;
    box.querySelector("progress").value = percent;
    box.querySelector("span").textContent =
      percent < 100 ? "Sending the file… " + percent + "%" : "Sent; processing starts.";
  });
})();
