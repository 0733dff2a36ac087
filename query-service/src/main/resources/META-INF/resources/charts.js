// NewsMonitor dashboard charts. Names come from articles and are untrusted: ECharts draws labels on
// a canvas, and every tooltip is built by a formatter that escapes HTML. Without ECharts the charts
// fall back to bars built with createElement and textContent.
'use strict';

(function () {
  const TOP_LIMIT = 8;
  const REFRESH_DEBOUNCE_MS = 1500;
  const BARS = [
    { id: 'chart-persons', type: 'person', color: '#1e4fc2' },
    { id: 'chart-places', type: 'place', color: '#17763f' },
    { id: 'chart-orgs', type: 'organization', color: '#a4520b' },
  ];
  const instances = new Map(); // element id -> ECharts instance
  let pending = null;

  function escapeHtml(value) {
    const replacements = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    return String(value === undefined || value === null ? '' : value).replace(/[&<>"']/g, (c) => replacements[c]);
  }

  function count(value) {
    const n = Number(value);
    return Number.isFinite(n) ? n : 0;
  }

  function chartFor(id) {
    if (!instances.has(id)) {
      const container = document.getElementById(id);
      const chart = window.echarts.init(container, null, { renderer: 'canvas' });
      new ResizeObserver(() => chart.resize()).observe(container);
      instances.set(id, chart);
    }
    return instances.get(id);
  }

  function emptyText(container, text) {
    const p = document.createElement('p');
    p.className = 'chart-empty';
    p.textContent = text;
    container.replaceChildren(p);
  }

  function barOption(items, color) {
    const rows = [...items].reverse(); // ECharts draws the first category at the bottom
    return {
      animationDuration: 300,
      grid: { left: 4, right: 30, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
      yAxis: {
        type: 'category', data: rows.map((r) => String(r.name)),
        axisTick: { show: false }, axisLine: { show: false }, axisLabel: { width: 96, overflow: 'truncate' },
      },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const r = rows[p.dataIndex];
          return `${escapeHtml(r.name)}<br>${count(r.articles)} 篇 articles · ${count(r.mentions)} 次 mentions`;
        },
      },
      series: [{
        type: 'bar', data: rows.map((r) => count(r.articles)), barMaxWidth: 14,
        itemStyle: { color, borderRadius: [0, 4, 4, 0] }, label: { show: true, position: 'right' },
      }],
    };
  }

  function mapOption(places) {
    const max = Math.max(1, ...places.map((p) => count(p.articles)));
    // One degree of margin around the points, so a single place is not drawn on the axis.
    const padded = { min: (v) => Math.floor(v.min - 1), max: (v) => Math.ceil(v.max + 1) };
    return {
      animationDuration: 300,
      grid: { left: 8, right: 20, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '经度 E', nameLocation: 'middle', nameGap: 22, ...padded },
      yAxis: { type: 'value', name: '纬度 N', nameLocation: 'middle', nameGap: 30, ...padded },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const place = places[p.dataIndex];
          return `${escapeHtml(place.name)} · ${escapeHtml(place.code)}<br>${escapeHtml(place.level || '')} `
            + `${count(place.lat).toFixed(2)}°N ${count(place.lon).toFixed(2)}°E<br>${count(place.articles)} 篇 articles`;
        },
      },
      series: [{
        type: 'scatter',
        data: places.map((p) => [count(p.lon), count(p.lat), count(p.articles)]),
        symbolSize: (v) => 8 + 22 * Math.sqrt(v[2] / max),
        itemStyle: { color: '#17763f', opacity: 0.7 },
        label: { show: true, position: 'right', fontSize: 11, formatter: (p) => String(places[p.dataIndex].name) },
        labelLayout: { hideOverlap: true },
      }],
    };
  }

  /** Plain bars, for when ECharts did not load. */
  function fallbackBars(container, items, color, labelOf) {
    const max = Math.max(1, ...items.map((r) => count(r.articles)));
    const list = document.createElement('ol');
    list.className = 'bars';
    for (const r of items) {
      const row = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'bar-name';
      name.textContent = labelOf(r);
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.width = `${(100 * count(r.articles)) / max}%`;
      bar.style.background = color;
      const value = document.createElement('span');
      value.className = 'bar-value';
      value.textContent = String(count(r.articles));
      row.append(name, bar, value);
      list.appendChild(row);
    }
    container.replaceChildren(list);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.json();
  }

  function draw(id, items, option, fallback) {
    const container = document.getElementById(id);
    if (items.length === 0) {
      if (instances.has(id)) {
        instances.get(id).dispose();
        instances.delete(id);
      }
      emptyText(container, 'No data yet');
    } else if (window.echarts) {
      if (!instances.has(id)) container.replaceChildren();
      chartFor(id).setOption(option(), true);
    } else {
      fallback(container);
    }
  }

  async function refresh() {
    pending = null;
    try {
      const [tops, map] = await Promise.all([
        Promise.all(BARS.map((b) => getJson(`/api/entities/top?type=${b.type}&limit=${TOP_LIMIT}`))),
        getJson('/api/places/map'),
      ]);
      BARS.forEach((b, i) => {
        const items = tops[i].items || [];
        draw(b.id, items, () => barOption(items, b.color),
          (c) => fallbackBars(c, items, b.color, (r) => r.name));
      });
      const places = map.items || [];
      draw('chart-map', places, () => mapOption(places),
        (c) => fallbackBars(c, places, '#17763f', (p) => `${p.name} ${p.code}`));
    } catch (error) {
      console.warn('Could not refresh the charts', error);
    }
  }

  /** Refreshes once after a burst of live articles rather than once per article. */
  function refreshSoon() {
    if (pending === null) pending = setTimeout(refresh, REFRESH_DEBOUNCE_MS);
  }

  window.NewsCharts = { refresh, refreshSoon, escapeHtml };
}());
