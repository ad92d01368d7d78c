// Shared by the two reference pages: fetches the story's data file (preloaded
// by the page, so it downloads beside the chart library) and picks out the
// same charts as the app's `funding` and `employment`, one list of bars per
// panel, with the article's Chinese labels. A classic script in <head>: the
// fetch starts before the library has arrived.
(function () {
  var IDS = ['funding', 'employment'];
  var trim = function (n) {
    return String(Math.round(n * 10000) / 10000);
  };
  var units = { yuan: '元', person: '人', person_time: '人次', tonne: '吨', kilometre: '公里', bottle: '瓶', piece: '件', household: '户', square_metre: '平方米', count: '个' };
  var before = { nearly: '近', about: '约', expected: '预计', cumulative: '累计' };
  function text(f) {
    var v = f.value;
    var over = f.qualifier === 'over' ? '余' : '';
    var unit = units[f.unit] || '';
    var s;
    if (f.unit === 'yuan' && v >= 1e8) s = trim(v / 1e8) + over + '亿' + unit;
    else if (v >= 1e4 && f.unit === 'yuan') s = trim(v / 1e4) + over + '万' + unit;
    else s = trim(v) + over + unit;
    return (before[f.qualifier] || '') + s;
  }
  window.refCharts = fetch('data/story.json')
    .then(function (r) {
      if (!r.ok) throw new Error('data/story.json: HTTP ' + r.status);
      return r.json();
    })
    .then(function (story) {
      var figures = {};
      story.figures.forEach(function (f) {
        figures[f.id] = f;
      });
      return IDS.map(function (id) {
        var c = story.charts.filter(function (c) {
          return c.id === id;
        })[0];
        if (!c) throw new Error('no chart ' + id + ' in data/story.json');
        return {
          id: id,
          title: c.title.zh,
          panels: c.panels.map(function (p) {
            return {
              title: p.title.zh,
              bars: p.figures.map(function (fid) {
                var f = figures[fid];
                return { label: f.label.zh, value: f.value, text: text(f) };
              }),
            };
          }),
        };
      });
    });
  // Axis ticks: 1.5亿 / 3000万 / 12000.
  window.refTick = function (v) {
    if (Math.abs(v) >= 1e8) return trim(v / 1e8) + '亿';
    if (Math.abs(v) >= 1e5) return trim(v / 1e4) + '万';
    return String(v);
  };
  // Each page lays out a figure per chart and a box per panel, sized before
  // anything is drawn, and calls draw(box, panel) for each panel in order.
  window.refDraw = function (draw) {
    var root = document.getElementById('charts');
    return window.refCharts.then(function (charts) {
      var boxes = [];
      charts.forEach(function (c) {
        var fig = document.createElement('figure');
        fig.className = 'chart';
        fig.setAttribute('data-ref-chart', c.id);
        var cap = document.createElement('figcaption');
        cap.textContent = c.title;
        fig.appendChild(cap);
        c.panels.forEach(function (p) {
          var h = document.createElement('p');
          h.className = 'panel-title';
          h.textContent = p.title;
          fig.appendChild(h);
          var box = document.createElement('div');
          box.className = 'panel';
          box.style.height = 36 + p.bars.length * 52 + 'px';
          fig.appendChild(box);
          boxes.push([box, p]);
        });
        root.appendChild(fig);
      });
      boxes.forEach(function (b, i) {
        draw(b[0], b[1]);
        if (i === 0) {
          performance.mark('first-chart');
          requestAnimationFrame(function () {
            performance.mark('first-chart-frame');
          });
        }
      });
      performance.mark('all-charts');
    }).catch(function (e) {
      root.textContent = String(e);
      throw e;
    });
  };
})();
