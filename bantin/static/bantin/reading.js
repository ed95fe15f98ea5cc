/* Text size (A- A A+) and high contrast, remembered in this browser's localStorage: no
   cookie, nothing sent to the server. Loaded in <head> so the choice applies before paint. */
(function () {
  var SIZES = ["text-sm", "", "text-lg", "text-xl", "text-xxl"];
  var root = document.documentElement;
  function read(name, fallback) {
    try { return window.localStorage.getItem(name) || fallback; } catch (e) { return fallback; }
  }
  function write(name, value) {
    try { window.localStorage.setItem(name, value); } catch (e) { /* private mode: this page only */ }
  }
  var size = parseInt(read("bantin-text-size", "1"), 10);
  if (!(size >= 0 && size < SIZES.length)) size = 1;
  var contrast = read("bantin-contrast", "0") === "1";
  function apply() {
    SIZES.forEach(function (name) { if (name) root.classList.remove(name); });
    if (SIZES[size]) root.classList.add(SIZES[size]);
    root.classList.toggle("high-contrast", contrast);
    var toggle = document.querySelector("[data-contrast]");
    if (toggle) toggle.setAttribute("aria-pressed", contrast ? "true" : "false");
  }
  apply();
  document.addEventListener("DOMContentLoaded", function () {
    var tools = document.querySelector("[data-reading-tools]");
    if (!tools) return;
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-contrast")) {
        contrast = !contrast;
        write("bantin-contrast", contrast ? "1" : "0");
      } else {
        var step = parseInt(button.getAttribute("data-text-size"), 10);
        size = step === 0 ? 1 : Math.min(SIZES.length - 1, Math.max(0, size + step));
        write("bantin-text-size", String(size));
      }
      apply();
    });
    apply();
  });
})();
