// NewsMonitor dashboard: the top-entity bar charts and the map of places (on chinamap.js). Names come from articles
// and are untrusted: ECharts draws labels on a canvas, and every tooltip is built by a formatter that
// escapes HTML. A click on a bar or a place applies it as a filter chip.
'use strict';

(function () {
  const { escapeHtml, count, getJson, notice, selectEntity } = window.Dom;
  const TOP_LIMIT = 8;
  const REFRESH_DEBOUNCE_MS = 1500;
  const BARS = [
    { id: 'chart-persons', type: 'person', color: '#1e4fc2' },
    { id: 'chart-places', type: 'place', color: '#17763f' },
    { id: 'chart-orgs', type: 'organization', color: '#a4520b' },
    { id: 'chart-industries', type: 'industry', color: '#7c3aed' },
  ];
  const instances = new Map(); // element id -> ECharts instance
  let pending = null;
  let placeCodes = new Map(); // place name -> GB/T 2260 code, from the map

  /** The chart in a container, created on first use; null when ECharts did not load. */
  function chartFor(id, onClick) {
    if (!window.echarts) return null;
    if (!instances.has(id)) {
      const container = document.getElementById(id);
      container.replaceChildren();
      const chart = window.echarts.init(container, null, { renderer: 'canvas' });
      new ResizeObserver(() => chart.resize()).observe(container);
      if (onClick) chart.on('click', onClick);
      instances.set(id, chart);
    }
    return instances.get(id);
  }

  /** Replaces a chart by a sentence (no data, not available, failed). */
  function say(id, text) {
    if (instances.has(id)) {
      instances.get(id).dispose();
      instances.delete(id);
    }
    notice(document.getElementById(id), text);
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
          return `${escapeHtml(r.name)}<br>${count(r.articles)} 篇 articles · ${count(r.mentions)} 次 mentions<br>点击筛选 click to filter`;
        },
      },
      series: [{
        type: 'bar', data: rows.map((r) => count(r.articles)), barMaxWidth: 14, cursor: 'pointer',
        itemStyle: { color, borderRadius: [0, 4, 4, 0] }, label: { show: true, position: 'right' },
      }],
    };
  }

  /** The mentioned places, sized by their articles, over the backdrop of China. */
  function mapOption(places, geo, backdrop) {
    const max = Math.max(1, ...places.map((p) => count(p.articles)));
    const busiest = Math.max(...places.map((p) => count(p.articles)));
    const point = (p) => ({ value: [count(p.lon), count(p.lat), count(p.articles)], place: p });
    return {
      animationDuration: 300,
      geo,
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const place = p.data.place;
          return `${escapeHtml(place.name)} · ${escapeHtml(place.code)}<br>${escapeHtml(place.level || '')} `
            + `${count(place.lat).toFixed(2)}°N ${count(place.lon).toFixed(2)}°E<br>${count(place.articles)} 篇 articles`
            + '<br>点击筛选 click to filter';
        },
      },
      series: backdrop.concat([
        { type: 'scatter', data: places.filter((p) => count(p.articles) < busiest).map(point) },
        { type: 'effectScatter', data: places.filter((p) => count(p.articles) === busiest).map(point),
          rippleEffect: { scale: 2.5, brushType: 'stroke' } },
      ].map((series) => ({
        ...series,
        name: 'places',
        coordinateSystem: 'geo',
        z: 3,
        cursor: 'pointer',
        symbolSize: (v) => 6 + 14 * Math.sqrt(v[2] / max),
        itemStyle: { color: '#17763f', opacity: 0.8 },
        label: { show: true, position: 'right', fontSize: 11, color: '#14532d', formatter: (p) => String(p.data.place.name) },
        labelLayout: { hideOverlap: true },
      }))),
    };
  }

  function drawBars(bar, list) {
    const items = list.items || [];
    if (items.length === 0) return say(bar.id, 'No data yet');
    const chart = chartFor(bar.id, (p) => {
      const row = [...(instances.get(bar.id).rows || [])].reverse()[p.dataIndex];
      if (!row) return;
      const value = bar.type === 'place' ? (row.code || placeCodes.get(row.name) || row.name) : row.name;
      selectEntity(bar.type, value, row.name);
    });
    if (!chart) return say(bar.id, 'Charts are not available (ECharts did not load)');
    chart.rows = items;
    chart.setOption(barOption(items, bar.color), true);
  }

  async function drawMap(map) {
    const places = (map.items || []).filter((p) => p.lat !== null && p.lon !== null && p.lat !== undefined);
    placeCodes = new Map(places.map((p) => [p.name, p.code]));
    if (places.length === 0) return say('chart-map', 'No places with coordinates yet');
    const chart = chartFor('chart-map', (p) => {
      const place = p.data && p.data.place;
      if (place) selectEntity('place', place.code || place.name, place.name);
    });
    if (!chart) return say('chart-map', 'The map is not available (ECharts did not load)');
    const backdrop = await window.ChinaMap.load();
    chart.setOption(mapOption(places, window.ChinaMap.geo(chart, places), window.ChinaMap.series(backdrop)), true);
  }

  /** Query string for the date filter (the top lists honour from/to). */
  function dateQuery(filters) {
    const params = new URLSearchParams();
    if (filters && filters.from) params.set('from', filters.from);
    if (filters && filters.to) params.set('to', filters.to);
    const text = params.toString();
    return text ? `&${text}` : '';
  }

  let lastFilters = null;

  async function refresh(filters) {
    pending = null;
    if (filters !== undefined) lastFilters = filters;
    try {
      await drawMap(await getJson('/api/places/map'));
    } catch (error) {
      say('chart-map', error.unavailable ? 'The map is not available yet' : `Could not load the map: ${error.message}`);
    }
    await Promise.all(BARS.map(async (bar) => {
      try {
        drawBars(bar, await getJson(`/api/entities/top?type=${bar.type}&limit=${TOP_LIMIT}${dateQuery(lastFilters)}`));
      } catch (error) {
        say(bar.id, error.message.includes(' 400') ? 'Not available on this server yet' : `Could not load: ${error.message}`);
      }
    }));
  }

  /** Refreshes once after a burst of live articles rather than once per article. */
  function refreshSoon() {
    if (pending === null) pending = setTimeout(() => refresh(), REFRESH_DEBOUNCE_MS);
  }

  window.NewsCharts = { refresh, refreshSoon, chartFor, say };
}());
