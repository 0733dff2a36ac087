// NewsMonitor dashboard: the article view. The clean text is shown with persons, places and
// organisations highlighted by type, built from text nodes and <mark> elements whose text is set
// with textContent; a highlighted entity is also a filter chip.
'use strict';

(function () {
  const { el, hasText, setTitle, formatPublished, agoSpan, entityChip, placeValue, getJson, TYPES } = window.Dom;
  const $ = (id) => document.getElementById(id);
  const els = {
    detail: $('detail'), title: $('detail-title'), meta: $('detail-meta'), facts: $('detail-facts'),
    duplicate: $('detail-duplicate'), summary: $('detail-summary'), text: $('detail-text'),
    original: $('detail-original'), toggle: $('original-toggle'), removed: $('detail-removed'),
    removedSummary: $('detail-removed-summary'), removedBody: $('detail-removed-body'),
  };
  let openId = null;

  /** The names to highlight, longest first so that 平昌县 wins over 平昌. */
  function highlightTerms(article) {
    const terms = [];
    const add = (term, type, value, label) => {
      if (hasText(term) && (term.length >= 2 || !type)) terms.push({ term, type, value, label: label || term });
    };
    for (const p of article.persons || []) add(p.name, 'person', p.name);
    for (const p of article.places || []) {
      add(p.name, 'place', placeValue(p), p.name);
      if (p.fullName && p.fullName !== p.name) add(p.fullName, 'place', placeValue(p), p.name);
    }
    for (const o of article.organizations || []) add(o.name, 'organization', o.name);
    // The words searched for, marked too (not as entities).
    const q = window.NewsApp ? window.NewsApp.filters().q : '';
    for (const word of String(q || '').split(/\s+/)) add(word, null, null);
    return terms.sort((a, b) => b.term.length - a.term.length);
  }

  /** A paragraph as text nodes and marks: at each position the longest entity name that starts there. */
  function highlighted(paragraph, terms) {
    const p = el('p');
    let plain = '';
    let i = 0;
    while (i < paragraph.length) {
      const hit = terms.find((t) => paragraph.startsWith(t.term, i));
      if (hit) {
        if (plain) p.appendChild(document.createTextNode(plain));
        plain = '';
        if (hit.type) {
          const mark = entityChip(hit.type, hit.value, hit.label, 'mark');
          mark.className = `ent ${TYPES[hit.type].css} entity`;
          mark.textContent = hit.term;
          p.appendChild(mark);
        } else {
          p.appendChild(el('mark', 'q', hit.term));
        }
        i += hit.term.length;
      } else {
        plain += paragraph[i];
        i += 1;
      }
    }
    if (plain) p.appendChild(document.createTextNode(plain));
    return p;
  }

  function fact(label, values) {
    const nodes = values.filter((v) => v !== null && v !== undefined && v !== '');
    if (nodes.length === 0) return;
    const dd = el('dd');
    nodes.forEach((node, index) => {
      if (index > 0 && typeof node === 'string') dd.appendChild(document.createTextNode('、'));
      dd.appendChild(typeof node === 'string' ? document.createTextNode(node) : node);
    });
    els.facts.append(el('dt', null, label), dd);
  }

  function renderFacts(article) {
    els.facts.replaceChildren();
    const chips = (type, list, valueOf, labelOf) => (list || []).filter((x) => x && x.name)
      .map((x) => entityChip(type, valueOf(x), labelOf ? labelOf(x) : x.name));
    fact('作者 Authors', article.authors || []);
    fact('编辑 Editors', article.editors || []);
    fact('摄影 Photographers', article.photographers || []);
    fact('人物 Persons', chips('person', article.persons, (p) => p.name,
      (p) => (p.posts && p.posts.length ? `${p.name} · ${p.posts[0]}` : p.name)));
    fact('地点 Places', chips('place', article.places, placeValue,
      (p) => (p.code ? `${p.name} ${p.code}` : p.name)));
    fact('机构 Organisations', chips('organization', article.organizations, (o) => o.name));
    fact('行业 Industries', chips('industry', article.industries, (i) => i.name));
    fact('数字 Figures', (article.figures || []).map((f) => f && f.text));
    fact('口号 Slogans', article.slogans || []);
    fact('会议 Meetings', article.meetings || []);
    fact('日期 Dates', (article.dates || []).filter(Boolean).map((d) =>
      `${d.text}${d.start ? ` (${d.start}${d.end && d.end !== d.start ? ` – ${d.end}` : ''})` : ''}`));
    fact('关键词 Keywords', article.keywords || []);
    fact('文字 Script', [article.script]);
    els.facts.hidden = els.facts.childElementCount === 0;
  }

  function renderMeta(article) {
    els.meta.replaceChildren();
    const published = formatPublished(article.publishedAt);
    if (published) els.meta.appendChild(el('span', null, `发布 ${published}`));
    if (hasText(article.outlet)) els.meta.appendChild(entityChip('outlet', article.outlet, `来源 ${article.outlet}`));
    if (article.enrichedAt) els.meta.appendChild(agoSpan(article.enrichedAt, 'enriched '));
  }

  function renderDuplicate(article) {
    els.duplicate.replaceChildren();
    els.duplicate.hidden = !hasText(article.duplicateOf);
    if (els.duplicate.hidden) return;
    const link = el('button', 'link', article.duplicateOf.slice(0, 12));
    link.type = 'button';
    link.addEventListener('click', () => open(article.duplicateOf));
    els.duplicate.append(document.createTextNode('近似重复 Near-duplicate of '), link);
  }

  /** What cleaning removed, by category, collapsed until asked for. */
  function renderRemoved(article) {
    const removed = article.removed && typeof article.removed === 'object' ? article.removed : {};
    const categories = Object.keys(removed).sort();
    let lines = 0;
    els.removedBody.replaceChildren();
    for (const category of categories) {
      const values = Array.isArray(removed[category]) ? removed[category] : [];
      lines += values.length;
      els.removedBody.appendChild(el('h4', null, `${category} (${values.length})`));
      const list = el('ul', 'removed-lines');
      for (const line of values) list.appendChild(el('li', null, line));
      els.removedBody.appendChild(list);
    }
    els.removedSummary.textContent = `清洗删除 Removed furniture — ${lines} line${lines === 1 ? '' : 's'}`;
    els.removed.hidden = categories.length === 0;
  }

  function render(article) {
    setTitle(els.title, article);
    renderMeta(article);
    renderFacts(article);
    renderDuplicate(article);
    renderRemoved(article);
    els.summary.textContent = hasText(article.summary) ? article.summary : '(无摘要)';
    const terms = highlightTerms(article);
    const paragraphs = String(article.text || '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
    els.text.replaceChildren(...paragraphs.map((p) => highlighted(p, terms)));
    if (paragraphs.length === 0) els.text.appendChild(el('p', 'meta', '(无正文)'));
    els.original.textContent = article.originalText || '';
  }

  function showOriginal(visible) {
    els.original.hidden = !visible;
    els.toggle.setAttribute('aria-expanded', String(visible));
    els.toggle.textContent = visible ? 'Hide original text' : 'Show original text';
  }

  async function open(id) {
    openId = id;
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    els.detail.hidden = false;
    els.detail.dataset.id = id;
    els.title.textContent = '…';
    for (const node of [els.meta, els.facts, els.text, els.removedBody, els.duplicate]) node.replaceChildren();
    els.removed.hidden = true;
    els.removed.open = false;
    els.summary.textContent = 'Loading…';
    els.original.textContent = '';
    showOriginal(false);
    document.dispatchEvent(new CustomEvent('article-opened', { detail: { id } }));
    try {
      const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
      if (openId === id) render(article);
    } catch (error) {
      if (openId !== id) return;
      els.summary.textContent = '';
      els.text.replaceChildren(el('p', 'error', `Could not load this article: ${error.message}`));
    }
  }

  function close() {
    history.replaceState(null, '', location.pathname + location.search);
    els.detail.hidden = true;
    openId = null;
    document.dispatchEvent(new CustomEvent('article-opened', { detail: { id: null } }));
  }

  $('detail-close').addEventListener('click', close);
  els.toggle.addEventListener('click', () => showOriginal(els.original.hidden));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !els.detail.hidden) close();
  });

  window.NewsArticle = { open, close, openId: () => openId };
}());
