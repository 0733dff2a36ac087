// NewsMonitor dashboard: the live feed, the search with its filter chips and the results, wired to
// the live stream (EventSource on /api/stream). Every article field is untrusted text: the DOM is built
// with createElement and textContent only, never by parsing strings as HTML.
'use strict';

(function () {
  const { TYPES, el, hasText, setTitle, formatPublished, agoSpan, refreshAgo, entityChip, listenEntityClicks,
    placeValue, getJson } = window.Dom;
  const FEED_SIZE = 30;
  const PAGE_SIZE = 20;
  const LOCAL_SEARCH_SIZE = 500;
  const RECONNECT_DELAY_MS = 3000;
  const AGO_REFRESH_MS = 5000;
  const SEARCH_DEBOUNCE_MS = 1000;
  const $ = (id) => document.getElementById(id);
  const els = {
    feed: $('feed'), feedEmpty: $('feed-empty'), count: $('count'), connection: $('connection'), search: $('search'),
    q: $('q'), chips: $('filter-chips'), from: $('date-from'), to: $('date-to'), clear: $('clear-filters'),
    results: $('results'), resultsTitle: $('results-title'), total: $('total'), note: $('results-note'),
    facets: $('facets'), resultsEmpty: $('results-empty'), more: $('more'),
  };
  const state = {
    filters: { q: '', entities: [], from: '', to: '' },
    viewTotal: 0,
    feedIds: new Set(),
    offset: 0,
    searchTimer: null,
    insightsTimer: null,
    searchSeq: 0,
    hadError: false,
  };

  const hasFilters = () => Boolean(state.filters.q || state.filters.entities.length || state.filters.from || state.filters.to);

  // ---------- live feed ----------

  function setCount() {
    els.count.textContent = `${state.viewTotal} article${state.viewTotal === 1 ? '' : 's'}`;
  }

  function feedItem(article) {
    const item = el('li', 'live-item');
    item.dataset.id = article.id;
    const title = el('span', 'live-title');
    setTitle(title, article);
    const meta = el('span', 'meta');
    if (hasText(article.outlet)) meta.appendChild(el('span', null, article.outlet));
    meta.appendChild(agoSpan(article.enrichedAt, ''));
    item.append(title, meta);
    item.addEventListener('click', () => window.NewsArticle.open(article.id));
    return item;
  }

  /** Puts an article at the top of the feed (or moves it there when it was re-enriched). */
  function addToFeed(article, fresh) {
    const known = els.feed.querySelector(`li[data-id="${CSS.escape(article.id)}"]`);
    if (known) known.remove();
    const item = feedItem(article);
    if (fresh) item.classList.add('fresh');
    els.feed.insertBefore(item, els.feed.firstChild);
    state.feedIds.add(article.id);
    while (els.feed.children.length > FEED_SIZE) els.feed.lastChild.remove();
    els.feedEmpty.hidden = true;
  }

  function byEnrichedNewestFirst(a, b) {
    return String(b.enrichedAt || '').localeCompare(String(a.enrichedAt || ''));
  }

  async function loadFeed() {
    const page = await getJson(`/api/articles?limit=${FEED_SIZE}`);
    state.viewTotal = page.total;
    setCount();
    els.feed.replaceChildren();
    [...page.items].sort(byEnrichedNewestFirst).reverse().forEach((a) => addToFeed(a, false));
    els.feedEmpty.hidden = page.items.length > 0;
  }

  // ---------- filter chips ----------

  function renderChips() {
    els.chips.replaceChildren();
    const chip = (kind, type, value, label, remove) => {
      const node = el('span', `filter-chip ${kind}`);
      node.dataset.type = type;
      node.dataset.value = value;
      const name = { q: '词', date: '日期' }[type] || TYPES[type].label;
      node.append(el('span', 'filter-kind', name), el('span', 'filter-value', label));
      const x = el('button', 'chip-remove', '×');
      x.type = 'button';
      x.title = 'Remove this filter';
      x.addEventListener('click', remove);
      node.appendChild(x);
      els.chips.appendChild(node);
    };
    if (state.filters.q) chip('q', 'q', state.filters.q, `“${state.filters.q}”`, () => setQuery(''));
    if (state.filters.from || state.filters.to) {
      const range = `${state.filters.from || '…'} – ${state.filters.to || '…'}`;
      chip('date', 'date', range, range, () => setDates('', ''));
    }
    for (const f of state.filters.entities) {
      chip(TYPES[f.type].css, f.type, f.value, f.label, () => removeEntity(f));
    }
    if (!hasFilters()) els.chips.appendChild(el('span', 'meta', '点击任何人物、地点、机构添加筛选 — click any entity to filter'));
    els.clear.hidden = !hasFilters();
  }

  function addEntity(type, value, label) {
    if (!state.filters.entities.some((f) => f.type === type && f.value === value)) {
      state.filters.entities.push({ type, value, label: label || value });
    }
    filtersChanged();
  }

  function removeEntity(filter) {
    state.filters.entities = state.filters.entities.filter((f) => f !== filter);
    filtersChanged();
  }

  function setQuery(q) {
    state.filters.q = q.trim();
    els.q.value = state.filters.q;
    filtersChanged();
  }

  function setDates(from, to) {
    state.filters.from = els.from.value = from || '';
    state.filters.to = els.to.value = to || '';
    filtersChanged();
  }

  function filtersChanged() {
    renderChips();
    search(false);
    window.NewsCharts.refresh(state.filters);
    window.NewsInsights.refresh(state.filters);
  }

  // ---------- search and results ----------

  function params(limit, offset) {
    const p = new URLSearchParams();
    if (state.filters.q) p.set('q', state.filters.q);
    for (const f of state.filters.entities) p.append(TYPES[f.type].param, f.value);
    if (state.filters.from) p.set('from', state.filters.from);
    if (state.filters.to) p.set('to', state.filters.to);
    p.set('limit', String(limit));
    p.set('offset', String(offset));
    return p;
  }

  /** A highlight fragment: plain text nodes with <mark> elements at the UTF-16 ranges the server found. */
  function fragment(highlight) {
    const text = String(highlight.text || '');
    const p = el('p', 'highlight');
    const marks = (highlight.marks || []).filter((m) => Array.isArray(m) && m.length === 2)
      .map(([s, e]) => [Math.max(0, Number(s) | 0), Math.min(text.length, Number(e) | 0)])
      .filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, end] of marks) {
      if (start < at) continue; // overlapping range: the earlier one already covers it
      if (start > at) p.append(text.slice(at, start));
      p.appendChild(el('mark', null, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) p.append(text.slice(at));
    return p;
  }

  function resultCard(article) {
    const card = el('li', 'result');
    card.tabIndex = 0;
    card.dataset.id = article.id;
    const title = el('h2');
    setTitle(title, article);
    const meta = el('p', 'meta');
    const published = formatPublished(article.publishedAt);
    if (published) meta.appendChild(el('span', null, `发布 ${published}`));
    if (hasText(article.outlet)) meta.appendChild(entityChip('outlet', article.outlet, article.outlet));
    meta.appendChild(agoSpan(article.enrichedAt, 'enriched '));
    if (hasText(article.duplicateOf)) meta.appendChild(el('span', 'dup', '近似重复 near-duplicate'));
    card.append(title, meta);
    const highlights = Array.isArray(article.highlights) ? article.highlights.slice(0, 2) : [];
    if (highlights.length > 0) highlights.forEach((h) => card.appendChild(fragment(h)));
    else if (hasText(article.summary)) card.appendChild(el('p', 'snippet', article.summary));
    const chips = el('div', 'chips');
    const add = (type, list, max, valueOf) => (list || []).filter((x) => x && x.name).slice(0, max)
      .forEach((x) => chips.appendChild(entityChip(type, valueOf ? valueOf(x) : x.name, x.name)));
    add('person', article.persons, 6);
    add('place', article.places, 4, placeValue);
    add('organization', article.organizations, 4);
    add('industry', article.industries, 3);
    card.appendChild(chips);
    card.addEventListener('click', () => window.NewsArticle.open(article.id));
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') window.NewsArticle.open(article.id);
    });
    if (window.NewsArticle.openId() === article.id) card.classList.add('selected');
    return card;
  }

  function renderFacets(facets) {
    els.facets.replaceChildren();
    if (!facets || !hasFilters()) return;
    const groups = [['person', facets.persons], ['place', facets.places], ['organization', facets.organizations],
      ['industry', facets.industries], ['outlet', facets.outlets]];
    for (const [type, list] of groups) {
      const items = (list || []).filter((x) => x && x.name).slice(0, 6);
      if (items.length === 0) continue;
      const row = el('div', 'facet-row');
      row.appendChild(el('span', 'facet-label', TYPES[type].label));
      for (const x of items) {
        row.appendChild(entityChip(type, type === 'place' ? (x.code || x.name) : x.name, x.name))
          .appendChild(el('span', 'facet-count', ` ${Number(x.count) || 0}`));
      }
      els.facets.appendChild(row);
    }
  }

  /** For a server without search yet: the filters applied to the latest articles in the browser. */
  function matchesLocally(article) {
    const names = (list) => (list || []).map((x) => x && x.name);
    const has = {
      person: names(article.persons), organization: names(article.organizations), industry: names(article.industries),
      outlet: [article.outlet], place: (article.places || []).flatMap((p) => [p.code, p.name]),
    };
    const text = [article.title, article.generatedTitle, article.summary, ...(article.keywords || []),
      ...has.person, ...has.organization, ...names(article.places)].join('\n');
    return (!state.filters.q || text.includes(state.filters.q))
      && state.filters.entities.every((f) => (has[f.type] || []).includes(f.value));
  }

  function showNote(text, isError) {
    els.note.hidden = !text;
    els.note.textContent = text || '';
    els.note.classList.toggle('error', Boolean(isError));
  }

  async function search(append) {
    const seq = ++state.searchSeq;
    state.offset = append ? state.offset + PAGE_SIZE : 0;
    let page;
    try {
      page = await getJson(`/api/articles?${params(PAGE_SIZE, state.offset)}`);
      if (seq !== state.searchSeq) return;
      showNote('');
      if (!('facets' in page) && hasFilters()) {
        const latest = await getJson(`/api/articles?limit=${LOCAL_SEARCH_SIZE}`);
        if (seq !== state.searchSeq) return;
        const items = latest.items.filter(matchesLocally);
        page = { total: items.length, items: items.slice(state.offset, state.offset + PAGE_SIZE) };
        showNote(`Search on the server is not available yet: the filters apply to the latest ${LOCAL_SEARCH_SIZE} articles.`);
      }
    } catch (error) {
      if (seq === state.searchSeq) showNote(`Could not search: ${error.message}`, true);
      return;
    }
    if (!append) els.results.replaceChildren();
    page.items.forEach((a) => els.results.appendChild(resultCard(a)));
    els.total.textContent = `${page.total} 篇 articles`;
    els.total.dataset.total = String(page.total);
    els.resultsTitle.textContent = hasFilters() ? '结果 Results' : '最新 Latest articles';
    els.resultsEmpty.hidden = page.total > 0;
    els.more.hidden = state.offset + PAGE_SIZE >= page.total;
    if (!append) renderFacets(page.facets);
  }

  function searchSoon() {
    clearTimeout(state.searchTimer);
    state.searchTimer = setTimeout(() => search(false), SEARCH_DEBOUNCE_MS);
  }

  // ---------- live stream ----------

  function setConnection(status) {
    els.connection.textContent = status;
    els.connection.className = `connection ${status}`;
  }

  function onArticle(article) {
    if (!state.feedIds.has(article.id)) state.viewTotal += 1;
    setCount();
    addToFeed(article, true);
    if (hasFilters()) {
      searchSoon();
    } else {
      const known = els.results.querySelector(`li[data-id="${CSS.escape(article.id)}"]`);
      if (known) known.remove();
      const card = resultCard(article);
      card.classList.add('fresh');
      els.results.insertBefore(card, els.results.firstChild);
      const total = Number(els.total.dataset.total || 0) + (known ? 0 : 1);
      els.total.textContent = `${total} 篇 articles`;
      els.total.dataset.total = String(total);
      els.resultsEmpty.hidden = true;
    }
    window.NewsCharts.refreshSoon();
    clearTimeout(state.insightsTimer);
    state.insightsTimer = setTimeout(() => window.NewsInsights.refresh(), 1500);
  }

  function connect() {
    const source = new EventSource('/api/stream');
    const markLive = () => {
      if (state.hadError) {
        // The stream was down: articles and alerts may have arrived meanwhile, so load again.
        state.hadError = false;
        loadFeed().then(() => search(false)).catch(() => {});
        window.NewsWatchlists.load();
      }
      setConnection('live');
    };
    const handle = (handler) => (event) => {
      try {
        handler(JSON.parse(event.data));
      } catch (error) {
        console.warn('Ignored a stream event that is not valid JSON', error);
      }
    };
    source.addEventListener('open', markLive);
    source.addEventListener('heartbeat', markLive);
    source.addEventListener('article', handle(onArticle));
    source.addEventListener('alert', handle((alert) => window.NewsWatchlists.onAlert(alert)));
    source.addEventListener('error', () => {
      state.hadError = true;
      setConnection('reconnecting');
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, RECONNECT_DELAY_MS);
    });
  }

  // ---------- start ----------

  listenEntityClicks();
  document.addEventListener('entity-filter', (event) => addEntity(event.detail.type, event.detail.value, event.detail.label));
  document.addEventListener('date-filter', (event) => setDates(event.detail.from, event.detail.to));
  document.addEventListener('article-opened', (event) => {
    for (const card of els.results.children) card.classList.toggle('selected', card.dataset.id === event.detail.id);
  });
  els.search.addEventListener('submit', (event) => {
    event.preventDefault();
    setQuery(els.q.value);
  });
  for (const input of [els.from, els.to]) {
    input.addEventListener('change', () => setDates(els.from.value, els.to.value));
  }
  els.clear.addEventListener('click', () => {
    state.filters = { q: '', entities: [], from: '', to: '' };
    els.q.value = els.from.value = els.to.value = '';
    filtersChanged();
  });
  els.more.addEventListener('click', () => search(true));
  document.addEventListener('keydown', (event) => {
    // "/" jumps to the search box, as on most sites with one.
    if (event.key === '/' && !['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName)) {
      event.preventDefault();
      els.q.focus();
    }
  });
  setInterval(() => refreshAgo(document), AGO_REFRESH_MS);

  window.NewsApp = { filters: () => state.filters };

  renderChips();
  loadFeed()
    .catch((error) => {
      els.feedEmpty.hidden = false;
      els.feedEmpty.textContent = `Could not load articles: ${error.message}. Retrying with the live connection.`;
    })
    .then(() => {
      const linked = decodeURIComponent(location.hash.slice(1));
      if (linked) window.NewsArticle.open(linked);
      connect();
    });
  search(false);
  window.NewsCharts.refresh(state.filters);
  window.NewsInsights.refresh(state.filters);
  window.NewsWatchlists.load();
}());
