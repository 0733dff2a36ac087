// NewsMonitor dashboard: the map of China that the places chart (charts.js) draws on. Its backdrop is the seats of
// the county-level divisions and the provinces (china-backdrop.json, generated from the catalog the enrichment
// resolves places with), fetched once when the map is first drawn. The wheel zooms and a drag pans; the view fits
// the mentioned places until the analyst moves it, and "fit" brings them back.
'use strict';

(function () {
  const { count, getJson } = window.Dom;
  const ID = 'chart-map';
  const BLANK = 'newsmonitor-blank';
  // Mainland China with Hainan: what the map shows at zoom 1.
  const CHINA = { west: 73, east: 135.5, south: 17.5, north: 54 };
  // The initial view never zooms in closer than this many degrees, so that the places keep their neighbouring
  // provinces around them (a sixth of China or so).
  const MIN_VIEW = { lon: 18, lat: 11 };
  let backdrop = null; // promise of the backdrop file, kept once it has loaded
  let fitted = null; // the view that fits the places last drawn
  let roamed = false; // true once the analyst has zoomed or panned, until "fit" is pressed

  /** The backdrop, or null when it cannot be had (the places are then drawn on their own). */
  async function load() {
    backdrop = backdrop || getJson('/china-backdrop.json');
    try {
      return await backdrop;
    } catch (error) {
      backdrop = null; // try again at the next refresh
      console.warn(`The map is drawn without its backdrop: ${error.message}`);
      return null;
    }
  }

  /** Center and zoom of a view that shows every place, and at least MIN_VIEW around them. */
  function fit(places) {
    const lons = places.map((p) => count(p.lon));
    const lats = places.map((p) => count(p.lat));
    const west = Math.min(...lons);
    const east = Math.max(...lons);
    const south = Math.min(...lats);
    const north = Math.max(...lats);
    const width = Math.max(MIN_VIEW.lon, (east - west) * 1.4);
    const height = Math.max(MIN_VIEW.lat, (north - south) * 1.4);
    const zoom = Math.min((CHINA.east - CHINA.west) / width, (CHINA.north - CHINA.south) / height);
    return { center: [(west + east) / 2, (south + north) / 2], zoom: Math.max(1, zoom) };
  }

  /**
   * The geo component for these places: the analyst's own view once they have zoomed or panned this chart, else
   * one that fits the places. There are no outlines to draw (none can be had offline): the map is blank and the
   * backdrop series draw China.
   */
  function geo(chart, places) {
    if (!window.echarts.getMap(BLANK)) window.echarts.registerMap(BLANK, { type: 'FeatureCollection', features: [] });
    if (!chart.watchesRoam) {
      chart.on('georoam', () => { roamed = true; });
      chart.watchesRoam = true;
    }
    fitted = fit(places);
    const current = roamed ? (chart.getOption().geo || [])[0] : null;
    const view = current && current.center ? { center: current.center, zoom: current.zoom } : fitted;
    return {
      map: BLANK, roam: true, center: view.center, zoom: view.zoom, scaleLimit: { min: 0.8, max: 60 },
      boundingCoords: [[CHINA.west, CHINA.north], [CHINA.east, CHINA.south]],
      left: 8, right: 8, top: 8, bottom: 8,
    };
  }

  /** Faint points for the county seats and labelled ones for the provinces, under the places; none reacts to the mouse. */
  function series(data) {
    if (!data) return [];
    const faint = { type: 'scatter', coordinateSystem: 'geo', silent: true, animation: false, z: 1 };
    return [
      { ...faint, name: 'counties', data: data.counties || [], symbolSize: 2.5,
        itemStyle: { color: '#94a3b8', opacity: 0.45 } },
      { ...faint, name: 'provinces', symbolSize: 4, itemStyle: { color: '#64748b', opacity: 0.6 },
        data: (data.provinces || []).map((p) => ({ name: String(p.name), value: [count(p.lon), count(p.lat)] })),
        label: { show: true, position: 'bottom', distance: 2, fontSize: 10, color: '#7b8494', formatter: '{b}' },
        labelLayout: { hideOverlap: true } },
    ];
  }

  function showFitted() {
    const chart = window.echarts && window.echarts.getInstanceByDom(document.getElementById(ID));
    roamed = false;
    if (chart && fitted) chart.setOption({ geo: { center: fitted.center, zoom: fitted.zoom } });
  }

  document.getElementById('map-fit').addEventListener('click', showFitted);

  window.ChinaMap = { load, geo, series };
}());
