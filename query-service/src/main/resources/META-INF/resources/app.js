// NewsMonitor dashboard. Every article field is untrusted text: the DOM is built with
// createElement and textContent only, never by parsing strings as HTML.
'use strict';

const INITIAL_LIMIT = 100;
const RECONNECT_DELAY_MS = 3000;

const els = {
  feed: document.getElementById('feed'),
  empty: document.getElementById('empty'),
  count: document.getElementById('count'),
  shown: document.getElementById('shown'),
  connection: document.getElementById('connection'),
  filter: document.getElementById('filter'),
  detail: document.getElementById('detail'),
  detailTitle: document.getElementById('detail-title'),
  detailMeta: document.getElementById('detail-meta'),
  detailCredits: document.getElementById('detail-credits'),
  detailChips: document.getElementById('detail-chips'),
  detailPlacesSection: document.getElementById('detail-places-section'),
  detailPlaces: document.getElementById('detail-places'),
  detailRemoved: document.getElementById('detail-removed'),
  detailRemovedSummary: document.getElementById('detail-removed-summary'),
  detailRemovedBody: document.getElementById('detail-removed-body'),
  detailSummary: document.getElementById('detail-summary'),
  detailText: document.getElementById('detail-text'),
  detailClose: document.getElementById('detail-close'),
  originalToggle: document.getElementById('original-toggle'),
  detailOriginal: document.getElementById('detail-original'),
};

const state = {
  total: 0,
  cards: new Map(),      // id -> { summary, element }
  selectedId: null,
  source: null,
  hadError: false,
};

// ---------- small DOM helpers ----------

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function hasText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

function titleOf(article) {
  if (hasText(article.title)) return article.title;
  if (hasText(article.generatedTitle)) return article.generatedTitle;
  return '(无标题)';
}

/** Own titles plain, generated titles in italics, missing titles muted. */
function titleClass(article) {
  if (hasText(article.title)) return '';
  return hasText(article.generatedTitle) ? 'generated' : 'untitled';
}

function setTitle(node, article) {
  node.textContent = titleOf(article);
  node.className = titleClass(article);
  node.title = titleClass(article) === 'generated' ? '生成的标题 generated title' : '';
}

function formatPublished(value) {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? `${m[1]} ${m[2]}` : value;
}

function timeAgo(iso) {
  if (!iso) return null;
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  if (Number.isNaN(seconds)) return null;
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86400)} d ago`;
}

function names(list) {
  return (list || []).map((item) => (typeof item === 'string' ? item : item && item.name)).filter(Boolean);
}

/** A person as a chip label: the name, and the most specific post when the article gives one. */
function personLabels(persons) {
  return (persons || []).filter((p) => p && p.name).map((p) => {
    const post = Array.isArray(p.posts) && p.posts.length > 0 ? p.posts[0] : null;
    return post ? `${p.name} · ${post}` : p.name;
  });
}

function chips(article, max) {
  const box = el('div', 'chips');
  const groups = [
    ['person', personLabels(article.persons), '人物'],
    ['place', names(article.places), '地点'],
    ['org', names(article.organizations), '机构'],
    ['keyword', names(article.keywords), '关键词'],
  ];
  for (const [kind, values, label] of groups) {
    for (const value of values.slice(0, max)) {
      const chip = el('span', `chip ${kind}`, value);
      chip.title = label;
      box.appendChild(chip);
    }
  }
  return box;
}

function metaLine(article) {
  const meta = el('p', 'meta');
  const published = formatPublished(article.publishedAt);
  if (published) meta.appendChild(el('span', null, `发布 ${published}`));
  if (article.outlet) meta.appendChild(el('span', null, `来源 ${article.outlet}`));
  const enriched = timeAgo(article.enrichedAt);
  if (enriched) {
    const span = el('span', 'enriched', `enriched ${enriched}`);
    span.dataset.enrichedAt = article.enrichedAt;
    meta.appendChild(span);
  }
  return meta;
}

// ---------- feed ----------

function searchableText(article) {
  return [article.title, article.generatedTitle, article.outlet, ...(article.authors || []),
    ...personLabels(article.persons), ...names(article.places),
    ...names(article.organizations), ...names(article.keywords)]
    .filter(Boolean).join('\n').toLowerCase();
}

function buildCard(article) {
  const card = el('li', 'card');
  card.tabIndex = 0;
  card.dataset.id = article.id;
  const title = el('h2');
  setTitle(title, article);
  card.append(title, metaLine(article), chips(article, 8));
  card.addEventListener('click', () => openDetail(article.id));
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openDetail(article.id);
    }
  });
  if (article.id === state.selectedId) card.classList.add('selected');
  return card;
}

function compareNewestFirst(a, b) {
  const ea = a.enrichedAt || '', eb = b.enrichedAt || '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  const ra = a.receivedAt || '', rb = b.receivedAt || '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  return a.id < b.id ? -1 : 1;
}

/** Replaces the feed with a freshly loaded page. */
function renderAll(items) {
  clear(els.feed);
  state.cards.clear();
  for (const article of items) {
    const element = buildCard(article);
    state.cards.set(article.id, { summary: article, element });
    els.feed.appendChild(element);
  }
  applyFilter();
}

/** Puts a live article at the top (or refreshes its card) with a short highlight. */
function addLive(article) {
  const known = state.cards.get(article.id);
  if (known) known.element.remove();
  else state.total += 1;
  const element = buildCard(article);
  element.classList.add('fresh');
  element.addEventListener('animationend', () => element.classList.remove('fresh'), { once: true });
  state.cards.set(article.id, { summary: article, element });
  els.feed.insertBefore(element, els.feed.firstChild);
  applyFilter();
}

function applyFilter() {
  const query = els.filter.value.trim().toLowerCase();
  let shown = 0;
  for (const { summary, element } of state.cards.values()) {
    const match = !query || searchableText(summary).includes(query);
    element.hidden = !match;
    if (match) shown += 1;
  }
  els.count.textContent = `${state.total} article${state.total === 1 ? '' : 's'}`;
  els.shown.textContent = query ? `${shown} of ${state.cards.size} loaded match` : `${state.cards.size} loaded`;
  els.empty.hidden = state.cards.size > 0;
  els.empty.textContent = 'No articles yet — they appear here as soon as they are enriched.';
}

function refreshTimes() {
  for (const span of els.feed.querySelectorAll('.enriched')) {
    span.textContent = `enriched ${timeAgo(span.dataset.enrichedAt)}`;
  }
}

async function loadArticles() {
  try {
    const response = await fetch(`/api/articles?limit=${INITIAL_LIMIT}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET /api/articles answered ${response.status}`);
    const page = await response.json();
    state.total = page.total;
    renderAll([...page.items].sort(compareNewestFirst));
    if (window.NewsCharts) window.NewsCharts.refresh();
  } catch (error) {
    els.empty.hidden = false;
    els.empty.textContent = `Could not load articles: ${error.message}. Retrying with the live connection.`;
  }
}

// ---------- live stream ----------

function setConnection(status) {
  els.connection.textContent = status;
  els.connection.className = `connection ${status}`;
}

function connect() {
  const source = new EventSource('/api/stream');
  state.source = source;
  const markLive = () => {
    if (state.hadError) {
      // The stream was down: articles may have arrived meanwhile, so reload the list.
      state.hadError = false;
      loadArticles();
    }
    setConnection('live');
  };
  source.addEventListener('open', markLive);
  source.addEventListener('heartbeat', markLive);
  source.addEventListener('article', (event) => {
    try {
      addLive(JSON.parse(event.data));
      if (window.NewsCharts) window.NewsCharts.refreshSoon();
    } catch (error) {
      console.warn('Ignored an article event that is not valid JSON', error);
    }
  });
  source.addEventListener('error', () => {
    state.hadError = true;
    setConnection('reconnecting');
    if (source.readyState === EventSource.CLOSED) {
      // The browser gave up (e.g. the server answered with an error): try again ourselves.
      setTimeout(connect, RECONNECT_DELAY_MS);
    }
  });
}

// ---------- detail panel ----------

function highlightSelected() {
  for (const [id, { element }] of state.cards) element.classList.toggle('selected', id === state.selectedId);
}

function showOriginal(visible) {
  els.detailOriginal.hidden = !visible;
  els.originalToggle.setAttribute('aria-expanded', String(visible));
  els.originalToggle.textContent = visible ? 'Hide original text' : 'Show original text';
}

async function openDetail(id) {
  state.selectedId = id;
  history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  highlightSelected();
  els.detail.hidden = false;
  const loaded = state.cards.get(id);
  if (loaded) setTitle(els.detailTitle, loaded.summary);
  else els.detailTitle.textContent = '…';
  els.detailMeta.replaceChildren();
  els.detailCredits.replaceChildren();
  els.detailCredits.hidden = true;
  els.detailChips.replaceChildren();
  els.detailPlaces.replaceChildren();
  els.detailPlacesSection.hidden = true;
  els.detailRemovedBody.replaceChildren();
  els.detailRemoved.hidden = true;
  els.detailRemoved.open = false;
  els.detailSummary.textContent = 'Loading…';
  clear(els.detailText);
  els.detailOriginal.textContent = '';
  showOriginal(false);
  try {
    const response = await fetch(`/api/articles/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body && body.error ? body.error : `HTTP ${response.status}`);
    if (state.selectedId !== id) return; // another card was opened meanwhile
    renderDetail(body);
  } catch (error) {
    els.detailSummary.textContent = '';
    els.detailText.appendChild(el('p', 'error', `Could not load this article: ${error.message}`));
  }
}

/** Authors, editors and photographers as a definition list; hidden when the text credits nobody. */
function renderCredits(article) {
  const groups = [['作者 Authors', article.authors], ['编辑 Editors', article.editors],
    ['摄影 Photographers', article.photographers]];
  els.detailCredits.replaceChildren();
  for (const [label, people] of groups) {
    const list = (people || []).filter(hasText);
    if (list.length === 0) continue;
    els.detailCredits.append(el('dt', null, label), el('dd', null, list.join('、')));
  }
  els.detailCredits.hidden = els.detailCredits.childElementCount === 0;
}

/** Every place with its GB/T 2260 code and level when it was resolved to a division. */
function renderPlaces(article) {
  els.detailPlaces.replaceChildren();
  for (const place of article.places || []) {
    if (!place || !place.name) continue;
    const item = el('li', null);
    item.appendChild(el('span', 'chip place', place.name));
    if (place.code) item.appendChild(el('code', 'code', place.code));
    if (place.level) item.appendChild(el('span', 'level', place.level));
    if (typeof place.lat === 'number' && typeof place.lon === 'number') {
      item.appendChild(el('span', 'coords', `${place.lat.toFixed(2)}°N ${place.lon.toFixed(2)}°E`));
    }
    els.detailPlaces.appendChild(item);
  }
  els.detailPlacesSection.hidden = els.detailPlaces.childElementCount === 0;
}

/** What cleaning removed, by category, collapsed until asked for. */
function renderRemoved(article) {
  const removed = article.removed && typeof article.removed === 'object' ? article.removed : {};
  const categories = Object.keys(removed).sort();
  let lines = 0;
  els.detailRemovedBody.replaceChildren();
  for (const category of categories) {
    const values = Array.isArray(removed[category]) ? removed[category] : [];
    lines += values.length;
    els.detailRemovedBody.appendChild(el('h4', null, `${category} (${values.length})`));
    const list = el('ul', 'removed-lines');
    for (const line of values) list.appendChild(el('li', null, line));
    els.detailRemovedBody.appendChild(list);
  }
  els.detailRemovedSummary.textContent = `清洗删除 Removed by cleaning — ${lines} line${lines === 1 ? '' : 's'}`;
  els.detailRemoved.hidden = categories.length === 0;
}

function renderDetail(article) {
  setTitle(els.detailTitle, article);
  renderCredits(article);
  renderPlaces(article);
  renderRemoved(article);
  els.detailMeta.replaceWith(els.detailMeta = Object.assign(metaLine(article), { id: 'detail-meta' }));
  const allChips = chips(article, 50);
  allChips.id = 'detail-chips';
  els.detailChips.replaceWith(allChips);
  els.detailChips = allChips;
  els.detailSummary.textContent = article.summary || '(无摘要)';
  clear(els.detailText);
  const paragraphs = (article.text || '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  for (const paragraph of paragraphs) els.detailText.appendChild(el('p', null, paragraph));
  if (paragraphs.length === 0) els.detailText.appendChild(el('p', 'meta', '(无正文)'));
  els.detailOriginal.textContent = article.originalText || '';
}

function closeDetail() {
  history.replaceState(null, '', location.pathname + location.search);
  els.detail.hidden = true;
  state.selectedId = null;
  highlightSelected();
}

// ---------- start ----------

els.filter.addEventListener('input', applyFilter);
els.detailClose.addEventListener('click', closeDetail);
els.originalToggle.addEventListener('click', () => showOriginal(els.detailOriginal.hidden));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !els.detail.hidden) closeDetail();
});
setInterval(refreshTimes, 30000);

loadArticles().then(() => {
  // A link like /#<article id> opens that article.
  const linked = decodeURIComponent(location.hash.slice(1));
  if (linked) openDetail(linked);
  connect();
});
