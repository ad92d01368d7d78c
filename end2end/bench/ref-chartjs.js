// The two charts with Chart.js (UMD build, no animation): one horizontal bar
// chart per panel, each with its own scale, values written at the bar ends.
/* global Chart, refDraw, refTick */
var valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw: function (chart) {
    var ctx = chart.ctx;
    var texts = chart.options.plugins.valueLabels.texts;
    ctx.save();
    ctx.fillStyle = '#1a1a1a';
    ctx.font = '12px sans-serif';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach(function (bar, i) {
      ctx.fillText(texts[i], bar.x + 4, bar.y);
    });
    ctx.restore();
  },
};
function wrap(label) {
  var lines = [];
  for (var i = 0; i < label.length; i += 9) lines.push(label.slice(i, i + 9));
  return lines;
}
refDraw(function (box, panel) {
  var canvas = document.createElement('canvas');
  box.appendChild(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: panel.bars.map(function (b) { return wrap(b.label); }),
      datasets: [{ data: panel.bars.map(function (b) { return b.value; }), backgroundColor: '#1f5e8c', barThickness: 24 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { right: 96 } },
      plugins: { legend: { display: false }, tooltip: { enabled: true }, valueLabels: { texts: panel.bars.map(function (b) { return b.text; }) } },
      scales: {
        x: { beginAtZero: true, ticks: { font: { size: 11 }, maxRotation: 0, callback: refTick } },
        y: { ticks: { font: { size: 12 }, autoSkip: false } },
      },
    },
    plugins: [valueLabels],
  });
});
