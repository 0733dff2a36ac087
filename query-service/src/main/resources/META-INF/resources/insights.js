// NewsMonitor dashboard: the timeline and the entity co-occurrence graph. Names are untrusted: labels
// are drawn on a canvas and tooltips escape HTML. A click on a day selects it as the date filter; a
// click on a node applies the entity as a filter chip.
'use strict';

(function () {
  const { escapeHtml, count, getJson, selectEntity, TYPES } = window.Dom;
  const { chartFor, say } = window.NewsCharts;
  const GRAPH_LIMIT = 40;
  const COLORS = { person: '#1e4fc2', place: '#17763f', organization: '#a4520b' };
  const state = { interval: 'day', filters: {}, buckets: [] };

  /** "2024-10" for a month, "2024-10-17" for a day, "10-17 08:00" for an hour (the server speaks China time). */
  function bucketLabel(start, interval) {
    const text = String(start);
    if (text.length === 7) return text;
    return interval === 'hour' ? `${text.slice(5, 10)} ${text.slice(11, 16)}` : text.slice(0, 10);
  }

  const MAX_DAY_BARS = 120;
  const HOUR_VIEW_DAYS = 7;

  /**
   * Day buckets summed by month when there are too many days to draw as bars (seeds span years);
   * each bucket keeps the first and last day it covers, for the date filter a click sets.
   */
  function readable(buckets, monthly) {
    const days = buckets.map((b) => ({ start: String(b.start), count: count(b.count),
      from: String(b.start).slice(0, 10), to: String(b.start).slice(0, 10) }));
    if (!monthly) return days;
    const months = new Map();
    for (const day of days) {
      const key = day.start.slice(0, 7);
      const [year, month] = key.split('-').map(Number);
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      const bucket = months.get(key) || { start: key, count: 0, from: `${key}-01`, to: last };
      bucket.count += day.count;
      months.set(key, bucket);
    }
    return [...months.values()];
  }

  /** The one entity the timeline follows besides the total: the first entity chip, if any. */
  function followed(filters) {
    for (const type of ['person', 'place', 'organization', 'industry']) {
      const chosen = (filters.entities || []).find((f) => f.type === type);
      if (chosen) return chosen;
    }
    return null;
  }

  function timelineUrl(filters, entity) {
    const params = new URLSearchParams({ interval: state.interval });
    if (entity) {
      params.set('type', entity.type);
      params.set('name', entity.value);
    }
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
    if (state.interval === 'hour' && !filters.from && !filters.to) {
      // Hours over years are too many bars (the server refuses): without dates, the last week.
      params.set('from', new Date(Date.now() - HOUR_VIEW_DAYS * 86400000).toISOString().slice(0, 10));
    }
    return `/api/timeline?${params}`;
  }

  function timelineOption(all, entity, series) {
    const byStart = new Map(series.map((b) => [b.start, b.count]));
    return {
      animationDuration: 300,
      grid: { left: 8, right: 12, top: 24, bottom: 4, containLabel: true },
      legend: { top: 0, right: 0, itemHeight: 8, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: all.map((b) => bucketLabel(b.start, state.interval)) },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        // The followed entity's name comes from an article: escaped like every tooltip of the page.
        formatter: (params) => {
          const rows = Array.isArray(params) ? params : [params];
          const head = escapeHtml(rows.length ? rows[0].axisValue : '');
          return [head, ...rows.map((p) => `${escapeHtml(p.seriesName)}: ${count(p.value)} 篇 articles`)].join('<br>');
        },
      },
      dataZoom: [{ type: 'inside' }],
      series: [
        { name: '全部 all', type: 'bar', cursor: 'pointer', data: all.map((b) => b.count),
          itemStyle: { color: '#93b4f5', borderRadius: [3, 3, 0, 0] }, barMaxWidth: 28 },
      ].concat(entity ? [{ name: entity.label, type: 'line', smooth: true, showSymbol: false,
        data: all.map((b) => byStart.get(b.start) || 0), itemStyle: { color: '#d9480f' } }] : []),
    };
  }

  async function refreshTimeline(filters) {
    if (filters) state.filters = filters;
    const entity = followed(state.filters);
    try {
      const all = await getJson(timelineUrl(state.filters, null));
      const one = entity ? await getJson(timelineUrl(state.filters, entity)) : { buckets: [] };
      const days = all.buckets || [];
      // Months for the entity too, so that its line lines up with the bars.
      const monthly = state.interval === 'day' && days.length > MAX_DAY_BARS;
      state.buckets = readable(days, monthly);
      if (state.buckets.length === 0) return say('chart-timeline', 'No articles in this period');
      const chart = chartFor('chart-timeline', (p) => {
        const bucket = state.buckets[p.dataIndex];
        if (!bucket) return;
        document.dispatchEvent(new CustomEvent('date-filter', { detail: { from: bucket.from, to: bucket.to } }));
      });
      if (!chart) return say('chart-timeline', 'Charts are not available (ECharts did not load)');
      chart.setOption(timelineOption(state.buckets, entity, readable(one.buckets || [], monthly)), true);
    } catch (error) {
      say('chart-timeline', error.unavailable ? 'The timeline is not available on this server yet'
        : `Could not load the timeline: ${error.message}`);
    }
  }

  function graphOption(graph) {
    const nodes = graph.nodes || [];
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const most = Math.max(1, ...nodes.map((n) => count(n.articles)));
    const heaviest = Math.max(1, ...(graph.edges || []).map((e) => count(e.weight)));
    const categories = Object.keys(COLORS);
    return {
      animationDuration: 400,
      legend: { data: categories.map((c) => TYPES[c].label), top: 0, left: 0, itemHeight: 8, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          if (p.dataType === 'edge') {
            return `${escapeHtml(names.get(p.data.source))} — ${escapeHtml(names.get(p.data.target))}<br>${count(p.data.weight)} 篇 articles together`;
          }
          return `${escapeHtml(p.data.name)}<br>${escapeHtml(TYPES[p.data.kind].label)} · ${count(p.data.articles)} 篇 articles`;
        },
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, cursor: 'pointer',
        categories: categories.map((c) => ({ name: TYPES[c].label, itemStyle: { color: COLORS[c] } })),
        force: { repulsion: 120, edgeLength: [35, 90], gravity: 0.12 },
        label: { show: true, position: 'right', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: '#9ca3af', opacity: 0.6, curveness: 0.1 },
        data: nodes.filter((n) => COLORS[n.type]).map((n) => ({
          id: String(n.id), name: String(n.name), kind: n.type, articles: count(n.articles),
          category: categories.indexOf(n.type), symbolSize: 8 + 24 * Math.sqrt(count(n.articles) / most),
        })),
        links: (graph.edges || []).map((e) => ({
          source: String(e.source), target: String(e.target), weight: count(e.weight),
          lineStyle: { width: 0.5 + 3.5 * (count(e.weight) / heaviest) },
        })),
      }],
    };
  }

  async function refreshGraph() {
    try {
      const graph = await getJson(`/api/graph?limit=${GRAPH_LIMIT}`);
      if ((graph.nodes || []).length === 0) return say('chart-graph', 'No entities yet');
      const chart = chartFor('chart-graph', (p) => {
        if (p.dataType !== 'node') return;
        const { kind, id, name } = p.data;
        // A resolved place's id carries its code ("place:511923"): filter by the code.
        selectEntity(kind, kind === 'place' ? id.slice(id.indexOf(':') + 1) : name, name);
      });
      if (!chart) return say('chart-graph', 'Charts are not available (ECharts did not load)');
      chart.setOption(graphOption(graph), true);
    } catch (error) {
      say('chart-graph', error.unavailable ? 'The co-occurrence graph is not available on this server yet'
        : `Could not load the graph: ${error.message}`);
    }
  }

  function chooseInterval(interval) {
    state.interval = interval;
    document.getElementById('interval-day').classList.toggle('on', interval === 'day');
    document.getElementById('interval-hour').classList.toggle('on', interval === 'hour');
    refreshTimeline();
  }

  document.getElementById('interval-day').addEventListener('click', () => chooseInterval('day'));
  document.getElementById('interval-hour').addEventListener('click', () => chooseInterval('hour'));

  window.NewsInsights = {
    refresh(filters) {
      return Promise.all([refreshTimeline(filters), refreshGraph()]);
    },
  };
}());
