// Filters by severity, rule and baseline status hide and show the marks and the
// listed findings; a listed finding scrolls its mark into view.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-filter]");
  function apply() {
    var hidden = { sev: {}, rule: {}, acc: {} };
    inputs.forEach(function (i) { if (!i.checked) hidden[i.dataset.filter][i.value] = true; });
    document.querySelectorAll(".mk, li.fi").forEach(function (el) {
      var off = hidden.sev[el.dataset.sev] || hidden.rule[el.dataset.rule] ||
        (hidden.acc.acc && el.classList.contains("acc"));
      el.classList.toggle("off", !!off);
    });
  }
  inputs.forEach(function (i) { i.addEventListener("change", apply); });
  function show(id) {
    var el = document.getElementById(id);
    if (!el) return;
    if (el.tagName === "DETAILS") { el.open = true; }
    el.scrollIntoView({ block: "center", inline: "center" });
    if (el.classList.contains("mk")) {
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
      el.focus({ preventScroll: true });
    }
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#']");
    if (!a) return;
    e.preventDefault();
    history.replaceState(null, "", a.getAttribute("href"));
    show(a.getAttribute("href").slice(1));
  });
  // A tooltip is fixed to the window, so that no scrolling box clips it, and
  // placed below its mark (above it near the bottom), inside the window.
  function place(e) {
    var m = e.target.closest && e.target.closest(".mk");
    if (!m) return;
    var tip = m.querySelector(":scope > .tip");
    if (!tip) return;
    var r = m.getBoundingClientRect(), w = 300, h = tip.offsetHeight || 120;
    var left = Math.max(8, Math.min(r.left, innerWidth - w - 16));
    var top = r.bottom + 6;
    if (top + h > innerHeight - 8) top = Math.max(8, r.top - h - 6);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  document.addEventListener("mouseover", place);
  document.addEventListener("focusin", place);
  if (location.hash) show(location.hash.slice(1));
})();
