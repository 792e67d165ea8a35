// MRV dashboard charts: line charts per plant drawn from the #mrv-series JSON script,
// redrawn when an htmx swap brings new data.
(function () {
  "use strict";
  var charts = {};
  var colours = ["#0b6e4f", "#0a558c", "#8a5a00", "#5b3f8c", "#2f6f7e", "#4a4a4a"];
  var NEGATIVE_LABEL = "Negative: more CO2 released than removed";
  var NEGATIVE_COLOUR = "#d00000";
  var kinds = {
    co2: [["co2_t", "t CO2"]],
    ca: [["ca_up", "Ca upstream"], ["ca_down", "Ca downstream"], ["ca_delta", "Δ Ca"]],
    flow: [["flow", "Effluent flow (MGD)"]],
    ph: [["ph", "pH"]],
  };

  function datasets(rows, kind) {
    var plants = Array.from(new Set(rows.map(function (r) { return r.plant; })));
    var labels = Array.from(new Set(rows.map(function (r) { return r.date; }))).sort();
    var sets = [];
    plants.forEach(function (plant) {
      var byDate = {};
      rows.filter(function (r) { return r.plant === plant; }).forEach(function (r) { byDate[r.date] = r; });
      kinds[kind].forEach(function (pair) {
        sets.push({
          label: plant + " " + pair[1],
          data: labels.map(function (d) { return byDate[d] ? byDate[d][pair[0]] : null; }),
          borderColor: colours[sets.length % colours.length],
          backgroundColor: colours[sets.length % colours.length],
          spanGaps: false,
          pointRadius: 2,
        });
      });
    });
    if (kind === "co2") {
      var negatives = {};
      rows.forEach(function (r) { if (r.negative) negatives[r.date] = r.co2_t; });
      if (Object.keys(negatives).length) {
        // The mark the page's legend names: red triangles over the days below zero.
        sets.push({
          label: NEGATIVE_LABEL,
          data: labels.map(function (d) { return d in negatives ? negatives[d] : null; }),
          borderColor: NEGATIVE_COLOUR,
          backgroundColor: NEGATIVE_COLOUR,
          pointStyle: "triangle",
          pointRadius: 6,
          showLine: false,
        });
      }
    }
    return { labels: labels, datasets: sets };
  }

  function drawAll() {
    if (typeof Chart === "undefined") return;
    var node = document.getElementById("mrv-series");
    if (!node) return;
    var rows = JSON.parse(node.textContent);
    document.querySelectorAll("canvas[data-mrv-chart]").forEach(function (canvas) {
      var old = charts[canvas.id];
      if (old) old.destroy();
      charts[canvas.id] = new Chart(canvas, {
        type: "line",
        data: datasets(rows, canvas.dataset.mrvChart),
        options: { animation: false, maintainAspectRatio: false },
      });
      canvas.dataset.points = String(rows.length);
    });
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  document.addEventListener("htmx:afterSettle", drawAll);
})();
