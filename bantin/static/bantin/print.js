document.addEventListener("DOMContentLoaded", function () {
  var button = document.querySelector(".print-button");
  if (!button || !window.print) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
