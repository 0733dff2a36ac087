// Small helpers shared by the dashboard's scripts. Every article field is untrusted text: nodes are
// built with createElement and textContent only, never by parsing strings as HTML.
'use strict';

(function () {
  /** The entity types the page filters by, with the query parameter and the label for each. */
  const TYPES = {
    person: { param: 'person', label: '人物', css: 'person' },
    place: { param: 'place', label: '地点', css: 'place' },
    organization: { param: 'org', label: '机构', css: 'org' },
    industry: { param: 'industry', label: '行业', css: 'industry' },
    outlet: { param: 'outlet', label: '来源', css: 'outlet' },
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function hasText(value) {
    return typeof value === 'string' && value.trim() !== '';
  }

  /** For the few strings ECharts inserts as HTML (tooltips): escapes every markup character. */
  function escapeHtml(value) {
    const replacements = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    return String(value === undefined || value === null ? '' : value).replace(/[&<>"']/g, (c) => replacements[c]);
  }

  function count(value) {
    const n = Number(value);
    return Number.isFinite(n) ? n : 0;
  }

  function titleOf(article) {
    if (hasText(article.title)) return article.title;
    if (hasText(article.generatedTitle)) return article.generatedTitle;
    return '(无标题)';
  }

  /** Own titles plain, generated titles in italics, missing titles muted. */
  function setTitle(node, article) {
    node.textContent = titleOf(article);
    const kind = hasText(article.title) ? '' : (hasText(article.generatedTitle) ? 'generated' : 'untitled');
    node.classList.remove('generated', 'untitled');
    if (kind) node.classList.add(kind);
    node.title = kind === 'generated' ? '生成的标题 generated title' : '';
  }

  function formatPublished(value) {
    if (!value) return null;
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
    return m ? `${m[1]} ${m[2]}` : String(value);
  }

  /** "12 s ago", "3 min ago", "2 h ago", "4 d ago". */
  function timeAgo(iso) {
    const then = Date.parse(iso);
    if (!iso || Number.isNaN(then)) return '';
    const seconds = Math.max(0, Math.round((Date.now() - then) / 1000));
    if (seconds < 60) return `${seconds} s ago`;
    if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
    if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
    return `${Math.floor(seconds / 86400)} d ago`;
  }

  /** A span that keeps saying how long ago its instant was; see refreshAgo. */
  function agoSpan(iso, prefix) {
    const span = el('span', 'ago', `${prefix}${timeAgo(iso)}`);
    span.dataset.at = iso || '';
    span.dataset.prefix = prefix;
    return span;
  }

  function refreshAgo(root) {
    for (const span of root.querySelectorAll('.ago')) {
      span.textContent = `${span.dataset.prefix}${timeAgo(span.dataset.at)}`;
    }
  }

  /** A clickable entity: a click applies it as a filter chip instead of opening what it sits in. */
  function entityChip(type, value, label, tag) {
    const chip = el(tag || 'button', `chip ${TYPES[type].css} entity`, label || value);
    if (chip.tagName === 'BUTTON') chip.type = 'button';
    chip.dataset.type = type;
    chip.dataset.value = value;
    chip.dataset.label = label || value;
    chip.title = `${TYPES[type].label} — 点击筛选 click to filter`;
    return chip;
  }

  /** Asks the page to apply an entity as a filter chip (app.js listens for "entity-filter"). */
  function selectEntity(type, value, label) {
    if (!TYPES[type] || !hasText(String(value || ''))) return;
    document.dispatchEvent(new CustomEvent('entity-filter', { detail: { type, value: String(value), label: label || String(value) } }));
  }

  /** One listener for every entity chip on the page, present and future. */
  function listenEntityClicks() {
    document.addEventListener('click', (event) => {
      const chip = event.target.closest('[data-type][data-value].entity');
      if (!chip) return;
      event.preventDefault();
      event.stopPropagation();
      selectEntity(chip.dataset.type, chip.dataset.value, chip.dataset.label || chip.dataset.value);
    }, true);
  }

  /** A place filters by its GB/T 2260 code when it was resolved, else by its name. */
  function placeValue(place) {
    return place.code || place.name;
  }

  async function getJson(url, options) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
    if (response.status === 404 || response.status === 405) {
      const error = new Error(`${url} is not available on this server`);
      error.unavailable = true;
      throw error;
    }
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || body.error) ? `: ${body.detail || body.error}` : '';
      throw new Error(`${url} answered ${response.status}${detail}`);
    }
    return body;
  }

  /** Says in a panel what went wrong, in place of its content. */
  function notice(container, text, className) {
    container.replaceChildren(el('p', className || 'chart-empty', text));
  }

  window.Dom = {
    TYPES, el, hasText, escapeHtml, count, titleOf, setTitle, formatPublished, timeAgo, agoSpan, refreshAgo,
    entityChip, selectEntity, listenEntityClicks, placeValue, getJson, notice,
  };
}());
