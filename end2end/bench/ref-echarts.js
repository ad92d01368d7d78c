// The two charts with ECharts (full build, canvas renderer, no animation):
// one horizontal bar chart per panel, each with its own scale.
/* global echarts, refDraw, refTick */
refDraw(function (box, panel) {
  var chart = echarts.init(box);
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 96, top: 8, bottom: 20, containLabel: true },
    xAxis: { type: 'value', splitNumber: 3, axisLabel: { fontSize: 11, formatter: refTick } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: panel.bars.map(function (b) { return b.label; }),
      axisLabel: { width: 110, overflow: 'break', fontSize: 12, lineHeight: 15 },
    },
    series: [{
      type: 'bar',
      data: panel.bars.map(function (b) { return b.value; }),
      itemStyle: { color: '#1f5e8c' },
      barWidth: 24,
      label: { show: true, position: 'right', formatter: function (p) { return panel.bars[p.dataIndex].text; } },
    }],
  });
});
