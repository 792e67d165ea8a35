// The factor picker's search box sits inside the review forms: Enter searches
// instead of submitting the form with its first button.
document.addEventListener("keydown", function (event) {
  var input = event.target;
  if (event.key !== "Enter" || !input.matches || !input.matches(".factor-picker-q")) {
    return;
  }
  event.preventDefault();
  if (window.htmx) {
    window.htmx.trigger(input, "picker-search");
  }
});
