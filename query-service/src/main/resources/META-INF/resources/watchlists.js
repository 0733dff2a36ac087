// NewsMonitor dashboard: the watchlist panel. A watchlist is a saved query (words, persons, places,
// organisations); each "alert" event on the live stream raises the badge of its watchlist, and a
// click on a watchlist shows its latest alerts.
'use strict';

(function () {
  const { el, hasText, formatPublished, agoSpan, getJson } = window.Dom;
  const $ = (id) => document.getElementById(id);
  const els = {
    form: $('watch-form'), name: $('watch-name'), q: $('watch-q'), persons: $('watch-persons'),
    places: $('watch-places'), orgs: $('watch-orgs'), status: $('watch-status'), list: $('watch-list'),
    fromFilters: $('watch-from-filters'),
  };
  const TOKEN_KEY = 'newsmonitor.apiToken'; // sessionStorage key of the API token for writes
  const unseen = new Map(); // watchlist id -> alerts received on the stream since last looked at
  let watchlists = [];
  let openId = null;

  /** "李余良、罗增斌" or "李余良, 罗增斌" -> ["李余良", "罗增斌"]. */
  function split(value) {
    return String(value || '').split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean);
  }

  function status(text, isError) {
    els.status.hidden = !text;
    els.status.textContent = text || '';
    els.status.classList.toggle('error', Boolean(isError));
  }

  function criteria(w) {
    const parts = [];
    if (hasText(w.q)) parts.push(`“${w.q}”`);
    for (const [label, list] of [['人物', w.persons], ['地点', w.places], ['机构', w.organizations]]) {
      if (list && list.length) parts.push(`${label} ${list.join('、')}`);
    }
    return parts.join(' · ') || '(everything)';
  }

  function renderAlerts(item, alerts) {
    const list = el('ol', 'alerts');
    for (const alert of alerts) {
      const row = el('li', 'alert');
      row.dataset.articleId = alert.articleId;
      row.append(el('span', 'alert-title', alert.title || alert.articleId),
        el('span', 'meta', [formatPublished(alert.publishedAt), (alert.matched || []).join('、')].filter(Boolean).join(' · ')),
        agoSpan(alert.alertedAt, ''));
      row.addEventListener('click', () => window.NewsArticle.open(alert.articleId));
      list.appendChild(row);
    }
    if (alerts.length === 0) list.appendChild(el('li', 'meta', 'No alerts yet'));
    item.appendChild(list);
  }

  function toggleAlerts(w) {
    openId = openId === w.id ? null : w.id;
    unseen.delete(w.id);
    render();
  }

  function badge(w) {
    const fresh = unseen.get(w.id) || 0;
    const node = el('span', fresh > 0 ? 'badge fresh' : 'badge', String(fresh > 0 ? fresh : (w.alerts || 0)));
    node.title = fresh > 0 ? `${fresh} new alert(s) since you looked` : `${w.alerts || 0} alert(s) in all`;
    return node;
  }

  function render() {
    els.list.replaceChildren();
    for (const w of watchlists) {
      const item = el('li', 'watch');
      item.dataset.id = w.id;
      item.dataset.name = w.name;
      const head = el('div', 'watch-head');
      const name = el('button', 'watch-name', w.name);
      name.type = 'button';
      name.addEventListener('click', () => toggleAlerts(w));
      const remove = el('button', 'close small', '×');
      remove.type = 'button';
      remove.title = 'Delete this watchlist';
      remove.addEventListener('click', () => removeWatchlist(w));
      head.append(name, badge(w), remove);
      item.append(head, el('p', 'meta', criteria(w)));
      els.list.appendChild(item);
      if (openId === w.id) {
        getJson(`/api/watchlists/${encodeURIComponent(w.id)}/alerts?limit=20`)
          .then((alerts) => renderAlerts(item, alerts || []))
          .catch((error) => item.appendChild(el('p', 'error', `Could not load the alerts: ${error.message}`)));
      }
    }
    if (watchlists.length === 0) els.list.appendChild(el('li', 'meta', 'No watchlist yet.'));
  }

  async function load() {
    try {
      watchlists = (await getJson('/api/watchlists')) || [];
      els.form.hidden = false;
      status('');
      render();
    } catch (error) {
      els.form.hidden = true;
      els.list.replaceChildren();
      status(error.unavailable ? 'Watchlists are not available on this server yet.' : `Could not load watchlists: ${error.message}`,
        !error.unavailable);
    }
  }

  function storedToken() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch (error) {
      return null;
    }
  }

  function keepToken(token) {
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch (error) {
      // Storage refused (private mode): the token is asked again on the next write.
    }
  }

  /**
   * Sends a write (save or delete) with the API token kept for this tab, if any. When the server answers
   * 401 the token is asked once (window.prompt, never put in the page), kept in sessionStorage and the
   * request is sent again with it.
   */
  async function write(url, options, asked) {
    const token = storedToken();
    const headers = { Accept: 'application/json', ...(options.headers || {}) };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(url, { ...options, headers });
    if (response.status === 401 && !asked) {
      keepToken(null);
      const entered = window.prompt('This server needs its API token to change watchlists. Token:');
      if (entered && entered.trim()) {
        keepToken(entered.trim());
        return write(url, options, true);
      }
    }
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      if (response.status === 401) keepToken(null);
      throw new Error(`${url} answered ${response.status}${body && body.error ? `: ${body.error}` : ''}`);
    }
    return body;
  }

  async function removeWatchlist(w) {
    try {
      await write(`/api/watchlists/${encodeURIComponent(w.id)}`, { method: 'DELETE' });
      unseen.delete(w.id);
      await load();
    } catch (error) {
      status(`Could not delete “${w.name}”: ${error.message}`, true);
    }
  }

  async function save(event) {
    event.preventDefault();
    const body = { name: els.name.value.trim(), q: els.q.value.trim() || null, persons: split(els.persons.value),
      places: split(els.places.value), organizations: split(els.orgs.value) };
    try {
      await write('/api/watchlists', {
        method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' },
      });
      els.form.reset();
      await load();
    } catch (error) {
      status(`Could not save the watchlist: ${error.message}`, true);
    }
  }

  /** Copies the page's current search and entity chips into the form. */
  function fillFromFilters() {
    const filters = window.NewsApp ? window.NewsApp.filters() : { entities: [] };
    const values = (type) => filters.entities.filter((f) => f.type === type).map((f) => f.value).join('、');
    els.q.value = filters.q || '';
    els.persons.value = values('person');
    els.places.value = values('place');
    els.orgs.value = values('organization');
    if (!els.name.value) els.name.value = [filters.q, ...filters.entities.map((f) => f.label)].filter(Boolean).join(' ');
  }

  /** An "alert" event from the stream. */
  function onAlert(alert) {
    if (!alert || !alert.watchlistId) return;
    const known = watchlists.find((w) => w.id === alert.watchlistId);
    if (openId !== alert.watchlistId) unseen.set(alert.watchlistId, (unseen.get(alert.watchlistId) || 0) + 1);
    if (!known) {
      load();
      return;
    }
    known.alerts = (known.alerts || 0) + 1;
    render();
  }

  els.form.addEventListener('submit', save);
  els.fromFilters.addEventListener('click', fillFromFilters);

  window.NewsWatchlists = { load, onAlert };
}());
