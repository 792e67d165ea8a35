// Draws <canvas data-chart="bar|doughnut" data-source="json-script-id"> with Chart.js and
// redraws when an htmx swap brings new data (the JSON script lives in the live region).
(function () {
  "use strict";
  var charts = {};
  var palette = ["#0b6e4f", "#0a558c", "#8a5a00", "#a4161a", "#5b3f8c", "#2f6f7e", "#6b7a1f", "#7d4e24"];

  function read(id) {
    var node = document.getElementById(id);
    return node ? node.textContent : null;
  }

  function draw(canvas) {
    var text = read(canvas.dataset.source);
    if (text === null) return;
    var state = charts[canvas.id];
    if (state && state.text === text && state.canvas === canvas) return;
    var rows = JSON.parse(text);
    var labels = rows.map(function (r) { return r[0]; });
    var values = rows.map(function (r) { return parseFloat(r[1]); });
    var card = canvas.closest(".card") || canvas.parentElement;
    var empty = card.querySelector(".chart-empty");
    if (empty) empty.hidden = rows.length > 0;
    canvas.parentElement.hidden = rows.length === 0;
    if (state && state.canvas === canvas) {
      state.chart.data.labels = labels;
      state.chart.data.datasets[0].data = values;
      state.chart.update();
      state.text = text;
      return;
    }
    if (state) state.chart.destroy();
    var kind = canvas.dataset.chart || "bar";
    var chart = new Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [{
          label: canvas.dataset.label || "",
          data: values,
          backgroundColor: kind === "bar" ? "#0b6e4f" : palette,
          maxBarThickness: 64,
        }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: kind !== "bar" } },
        scales: kind === "bar" ? { y: { beginAtZero: true } } : {},
      },
    });
    charts[canvas.id] = { chart: chart, text: text, canvas: canvas };
  }

  function drawAll() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  document.addEventListener("htmx:afterSettle", drawAll);
})();
