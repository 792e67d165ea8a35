// Inventory charts: <canvas data-multi="stacked|target" data-source="json-script-id">.
(function () {
  "use strict";
  var colours = ["#0b6e4f", "#0a558c", "#8a5a00", "#a4161a"];

  function stacked(canvas, data) {
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (d, i) {
          return { label: d.label, data: d.data.map(parseFloat), backgroundColor: colours[i] };
        }),
      },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
    });
  }

  function target(canvas, data) {
    var sets = [];
    data.datasets.forEach(function (d, i) {
      sets.push({ type: "line", label: d.label, borderColor: colours[i], backgroundColor: colours[i],
        data: data.labels.map(function (y) { var v = d.points[String(y)]; return v ? parseFloat(v) : null; }) });
      sets.push({ type: "scatter", label: d.label.replace(" path", " actual"), backgroundColor: colours[i + 2],
        pointRadius: 6,
        data: data.labels.map(function (y) { var v = d.actual[String(y)]; return v ? parseFloat(v) : null; }) });
    });
    return new Chart(canvas, { type: "line", data: { labels: data.labels.map(String), datasets: sets },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } } });
  }

  function drawAll() {
    if (typeof Chart === "undefined") return;
    document.querySelectorAll("canvas[data-multi]").forEach(function (canvas) {
      var node = document.getElementById(canvas.dataset.source);
      if (!node || canvas.dataset.drawn) return;
      var data = JSON.parse(node.textContent);
      (canvas.dataset.multi === "target" ? target : stacked)(canvas, data);
      canvas.dataset.drawn = "1";
    });
  }
  document.addEventListener("DOMContentLoaded", drawAll);
})();
