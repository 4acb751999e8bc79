// The lede search page (#15): plain JavaScript, no framework, no build step.
//
// The whole state of a search lives in the page's URL (the same parameter names
// as /v1/search), so back/forward and shared links work. Everything the server
// sends is shown as text: elements are made with document.createElement and
// filled with text nodes, and the snippet's HTML (escaped text with <mark>
// around matches) is parsed here rather than handed to innerHTML.
'use strict';

(() => {
  const DEFAULT_LIMIT = 10;
  const MAX_LIMIT = 100;
  const MAX_WINDOW = 10000; // lede-search: offset + limit <= 10,000
  const SORTS = ['relevance', 'date', '-date'];
  const FIGURES_SHOWN = 6; // figures listed before "show all"
  const ENTITIES_SHOWN = 8; // entities listed per hit before "more"
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];

  const wide = window.matchMedia('(min-width: 900px)'); // the layout's breakpoint in page.css
  const $ = (id) => document.getElementById(id);
  const ui = {
    form: $('search-form'),
    q: $('q'),
    sort: $('sort'),
    collapse: $('collapse'),
    brand: $('brand'),
    drawer: $('facets-drawer'),
    facets: $('facets'),
    heading: $('results-heading'),
    elapsed: $('elapsed'),
    results: $('results'),
    chips: $('chips'),
    histogramPanel: $('histogram-panel'),
    histogram: $('histogram'),
    message: $('message'),
    hits: $('hits'),
    pagination: $('pagination'),
    welcome: $('welcome'),
    welcomeStats: $('welcome-stats'),
    figuresPanel: $('figures-panel'),
    figuresBody: $('figures-body'),
  };

  // ---------------------------------------------------------------- helpers

  // el('p', {className: 'x', text: 'hello', attrs: {lang: 'ru'}}, child, …):
  // attributes are set one by one and text becomes a text node, never markup.
  function el(tag, options = {}, ...children) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
    for (const [name, value] of Object.entries(options.attrs || {})) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  const HTML_ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  function decodeEntities(text) {
    return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]);
  }

  // Appends the snippet (escaped text, matches between <mark> and </mark>) to
  // parent as text nodes and <mark> elements. Nothing else in it is markup.
  function appendSnippet(parent, snippet) {
    let marked = false;
    for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') {
        marked = true;
      } else if (part === '</mark>') {
        marked = false;
      } else if (part) {
        const text = document.createTextNode(decodeEntities(part));
        parent.append(marked ? el('mark', {}, text) : text);
      }
    }
  }

  // Only http(s) links: a javascript: or data: url from an article is not followed.
  function safeHref(url) {
    if (!url) return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  const numberFormat = new Intl.NumberFormat('en');
  const fmt = (n) => numberFormat.format(n);
  const plural = (n, one, many) => `${fmt(n)} ${n === 1 ? one : many}`;

  let languageNames = null;
  try {
    languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    languageNames = null;
  }
  function languageName(code) {
    if (!code || code === 'und') return 'Undetermined';
    try {
      const name = languageNames && languageNames.of(code);
      return name && name !== code ? name : code;
    } catch {
      return code;
    }
  }

  // "2024" -> "2024", "2024-03" -> "Mar 2024", "2024-03-23" -> "23 Mar 2024"
  function formatPeriod(value, long = false) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value || '');
    if (!m) return value || '';
    const months = long ? MONTHS_LONG : MONTHS;
    if (m[3]) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    if (m[2]) return `${months[Number(m[2]) - 1]} ${m[1]}`;
    return m[1];
  }

  // The index in str (UTF-16 units) of the UTF-8 byte offset the server named.
  function charIndexOfByte(str, byteOffset) {
    let bytes = 0;
    let index = 0;
    for (const ch of str) {
      if (bytes >= byteOffset) break;
      const cp = ch.codePointAt(0);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      index += ch.length;
    }
    return index;
  }

  // --------------------------------------------------------------- state

  function emptyState() {
    return {
      searched: false, q: '', sort: 'relevance', langs: [], entities: [], deaths: '', injured: '',
      mentioned: '', from: '', to: '', collapse: false, offset: 0, limit: DEFAULT_LIMIT,
    };
  }

  function readState(search) {
    const params = new URLSearchParams(search);
    const state = emptyState();
    const unique = (values) => [...new Set(values.filter((v) => v !== ''))];
    state.searched = params.has('q');
    state.q = params.get('q') || '';
    state.sort = SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance';
    state.langs = unique(params.getAll('lang'));
    state.entities = unique(params.getAll('entity'));
    for (const name of ['deaths', 'injured', 'mentioned', 'from', 'to']) state[name] = params.get(name) || '';
    state.collapse = params.get('collapse') === '1';
    const limit = Number.parseInt(params.get('limit'), 10);
    state.limit = limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
    const offset = Number.parseInt(params.get('offset'), 10);
    state.offset = offset > 0 ? Math.min(offset, MAX_WINDOW - state.limit) : 0;
    if (state.langs.length || state.entities.length || state.deaths || state.injured || state.mentioned ||
        state.from || state.to) {
      state.searched = true; // a shared link with filters alone is a search for ""
    }
    return state;
  }

  // The filters, as /v1/search and /v1/figures take them.
  function filterParams(state, { withLang = true } = {}) {
    const params = new URLSearchParams();
    params.set('q', state.q);
    if (withLang) for (const lang of state.langs) params.append('lang', lang);
    for (const entity of state.entities) params.append('entity', entity);
    for (const name of ['deaths', 'injured', 'mentioned', 'from', 'to']) {
      if (state[name]) params.set(name, state[name]);
    }
    return params;
  }

  // The page's own URL: the filters plus sort, paging and collapse, defaults left out.
  function pageQuery(state) {
    if (!state.searched) return '';
    const params = filterParams(state);
    if (state.sort !== 'relevance') params.set('sort', state.sort);
    if (state.collapse) params.set('collapse', '1');
    if (state.limit !== DEFAULT_LIMIT) params.set('limit', String(state.limit));
    if (state.offset) params.set('offset', String(state.offset));
    return `?${params}`;
  }

  function searchQuery(state) {
    const params = filterParams(state);
    params.set('sort', state.sort);
    params.set('limit', String(state.limit));
    params.set('offset', String(state.offset));
    params.set('facets', '1');
    if (state.collapse) params.set('collapse', '1');
    return params;
  }

  function hasFilters(state) {
    return state.langs.length > 0 || state.entities.length > 0 || Boolean(state.deaths || state.injured ||
      state.mentioned || state.from || state.to);
  }

  let current = emptyState();
  const entityNames = new Map(); // entity id -> {name, type}, from every answer seen

  // Moves to a new state: a new history entry, then the search.
  function navigate(changes, { keepOffset = false } = {}) {
    const next = { ...current, ...changes, searched: true };
    if (!keepOffset) next.offset = 0;
    const query = pageQuery(next);
    if (query !== window.location.search) window.history.pushState(null, '', query || window.location.pathname);
    return show(next);
  }

  // ------------------------------------------------------------- requests

  let generation = 0; // answers to an older search are dropped
  let controller = null;

  async function getJson(path, signal) {
    let response;
    try {
      response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      return { ok: false, status: 0, body: { error: 'The search server cannot be reached. Is lede-serve running?' } };
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = { error: `The server answered ${response.status} ${response.statusText} without JSON.` };
    }
    return { ok: response.ok, status: response.status, body };
  }

  async function show(state) {
    current = state;
    generation += 1;
    const mine = generation;
    if (controller) controller.abort();
    controller = new AbortController();
    const { signal } = controller;

    syncForm(state);
    document.title = state.searched ? `${state.q || 'All articles'} · lede search` : 'lede search';

    if (!state.searched) {
      showWelcome(signal, mine);
      return;
    }
    ui.welcome.hidden = true;
    ui.drawer.hidden = false;
    ui.results.setAttribute('aria-busy', 'true');
    ui.results.classList.add('is-loading');

    const started = performance.now();
    const main = getJson(`/v1/search?${searchQuery(state)}`, signal);
    // Languages are an OR filter: their counts come from the same search without
    // the language filter, so ticking one language leaves the others' counts.
    let langs = null;
    if (state.langs.length) {
      const params = filterParams(state, { withLang: false });
      params.set('limit', '0');
      params.set('facets', '1');
      params.set('snippets', '0');
      if (state.collapse) params.set('collapse', '1');
      langs = getJson(`/v1/search?${params}`, signal);
    }
    const figures = getJson(`/v1/figures?${filterParams(state)}`, signal);
    // Awaited only when the search succeeds: a newer search aborting it must
    // not surface as an unhandled rejection meanwhile.
    figures.catch(() => {});
    showFiguresLoading();

    try {
      const [answer, langAnswer] = await Promise.all([main, langs]);
      if (mine !== generation) return;
      ui.results.removeAttribute('aria-busy');
      ui.results.classList.remove('is-loading');
      if (!answer.ok) {
        showError(state, answer); // the figures of a search that failed are not shown
        return;
      } else {
        const langFacet = langAnswer && langAnswer.ok && langAnswer.body.facets
          ? langAnswer.body.facets.lang : null;
        showResults(state, answer.body, langFacet, performance.now() - started);
      }
      const figuresAnswer = await figures;
      if (mine !== generation) return;
      showFigures(figuresAnswer);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  }

  // ------------------------------------------------------------ rendering

  function syncForm(state) {
    ui.q.value = state.q;
    ui.sort.value = state.sort;
    ui.collapse.checked = state.collapse;
  }

  function clear(node) {
    node.replaceChildren();
  }

  async function showWelcome(signal, mine) {
    for (const node of [ui.chips, ui.histogramPanel, ui.message, ui.pagination, ui.figuresPanel]) node.hidden = true;
    clear(ui.hits);
    clear(ui.facets);
    ui.heading.textContent = '';
    ui.elapsed.textContent = '';
    ui.welcome.hidden = false;
    ui.drawer.hidden = true; // nothing to refine yet
    ui.results.removeAttribute('aria-busy');
    ui.results.classList.remove('is-loading');
    updateDrawerSummary();
    try {
      const answer = await getJson('/v1/stats', signal);
      if (mine !== generation) return;
      if (!answer.ok) {
        ui.welcomeStats.textContent = answer.body.error || 'The archive cannot be read.';
        ui.welcomeStats.classList.add('is-error');
        return;
      }
      const stats = answer.body;
      const languages = Object.keys(stats.languages || {}).length;
      let text = `${plural(stats.documents, 'article', 'articles')} in ${plural(languages, 'language', 'languages')}`;
      if (stats.date_min && stats.date_max) text += `, published ${formatPeriod(stats.date_min)} – ${formatPeriod(stats.date_max)}`;
      ui.welcomeStats.textContent = `${text}.`;
      ui.welcomeStats.classList.remove('is-error');
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  }

  function showResults(state, result, langFacet, elapsedMs) {
    for (const hit of result.hits || []) {
      for (const entity of hit.entities || []) entityNames.set(entity.id, entity);
    }
    const facets = result.facets || {};
    for (const entity of facets.entity || []) entityNames.set(entity.id, entity);

    const total = result.total || 0;
    const hits = result.hits || [];
    const about = result.total_exact === false ? 'about ' : '';
    const subject = state.q ? ` for “${state.q}”` : '';
    const seconds = (elapsedMs / 1000).toFixed(2);
    if (total === 0) {
      ui.heading.textContent = state.q ? `No articles match “${state.q}”` : 'No articles match';
    } else if (hits.length === 0) {
      ui.heading.textContent = `No more results: ${about}${plural(total, 'article', 'articles')}${subject}`;
    } else {
      const first = state.offset + 1;
      const last = state.offset + hits.length;
      ui.heading.textContent = `${fmt(first)}–${fmt(last)} of ${about}${plural(total, 'article', 'articles')}${subject}`;
    }
    ui.elapsed.textContent = `${seconds} s`;

    renderChips(state);
    renderFacets(state, facets, langFacet, result.facets_exact);
    renderHistogram(state, facets.date || [], result.facets_exact === false ? null : total);
    renderHits(hits);
    renderPagination(state, total, hits.length, result.total_exact !== false);

    if (total === 0) {
      showMessage('empty', [
        el('p', { className: 'message-title', text: `${ui.heading.textContent}${hasFilters(state) ? ' with these filters' : ''}.` }),
        el('p', { text: 'Try fewer or other words, a word’s stem with *, OR between alternatives, or fewer filters.' }),
        hasFilters(state)
          ? el('button', { className: 'button', text: 'Remove all filters', attrs: { type: 'button', 'data-action': 'clear-filters' } })
          : null,
      ]);
    } else {
      ui.message.hidden = true;
      clear(ui.message);
    }
  }

  function showMessage(kind, children) {
    ui.message.className = `message message-${kind}`;
    ui.message.replaceChildren(...children.filter(Boolean));
    ui.message.hidden = false;
  }

  function showError(state, answer) {
    const body = answer.body || {};
    const message = body.error || `The server answered ${answer.status}.`;
    clear(ui.hits);
    ui.elapsed.textContent = '';
    ui.pagination.hidden = true;
    ui.histogramPanel.hidden = true;
    renderChips(state);
    clear(ui.facets);
    ui.drawer.hidden = true; // no counts to refine with
    const children = [];
    if (answer.status === 400 && Number.isInteger(body.position)) {
      ui.heading.textContent = 'The query has an error';
      const at = charIndexOfByte(state.q, body.position);
      const shown = el('code', { className: 'query-echo', attrs: { 'aria-hidden': 'true' } });
      shown.append(state.q.slice(0, at));
      // The character at the error, or a marker past the end of the query.
      const culprit = at < state.q.length ? [...state.q.slice(at)][0] : ' ';
      shown.append(el('mark', { className: 'query-error-at', text: culprit }));
      shown.append(state.q.slice(at + culprit.length));
      children.push(
        el('p', { className: 'message-title', text: capitalize(message) }),
        el('p', {}, shown),
        el('p', { className: 'visually-hidden', text: `The error is at character ${at + 1} of the query.` }),
        el('button', { className: 'button', text: 'Fix it in the search box', attrs: { type: 'button', 'data-action': 'goto-error', 'data-at': at } }),
      );
    } else if (answer.status === 400) {
      ui.heading.textContent = 'The search cannot be run';
      children.push(el('p', { className: 'message-title', text: capitalize(message) }));
    } else if (answer.status === 503) {
      ui.heading.textContent = 'The archive is not available';
      children.push(el('p', { className: 'message-title', text: capitalize(message) }));
    } else {
      ui.heading.textContent = 'Something went wrong';
      children.push(el('p', { className: 'message-title', text: capitalize(message) }));
    }
    showMessage('error', children);
    ui.figuresPanel.hidden = true;
    ui.figuresPanel.classList.remove('is-loading');
    if (answer.status === 400 && Number.isInteger(body.position) && document.activeElement === ui.q) {
      const at = charIndexOfByte(state.q, body.position);
      ui.q.setSelectionRange(at, at); // the caret waits at the error
    }
  }

  function capitalize(text) {
    return text ? text[0].toUpperCase() + text.slice(1) : text;
  }

  // ---- chips

  function chipList(state) {
    const chips = [];
    for (const lang of state.langs) {
      chips.push({ label: 'Language', value: languageName(lang), remove: { langs: state.langs.filter((l) => l !== lang) } });
    }
    for (const id of state.entities) {
      const known = entityNames.get(id);
      chips.push({ label: 'Entity', value: known ? known.name : id, remove: { entities: state.entities.filter((e) => e !== id) } });
    }
    if (state.from || state.to) {
      let value;
      if (state.from && state.from === state.to) value = formatPeriod(state.from, true);
      else if (state.from && state.to) value = `${formatPeriod(state.from)} – ${formatPeriod(state.to)}`;
      else if (state.from) value = `from ${formatPeriod(state.from)}`;
      else value = `until ${formatPeriod(state.to)}`;
      chips.push({ label: 'Published', value, remove: { from: '', to: '' }, name: 'date' });
    }
    if (state.deaths) chips.push({ label: 'Deaths', value: rangeText(state.deaths), remove: { deaths: '' } });
    if (state.injured) chips.push({ label: 'Injured', value: rangeText(state.injured), remove: { injured: '' } });
    if (state.mentioned) chips.push({ label: 'Mentions', value: state.mentioned, remove: { mentioned: '' } });
    return chips;
  }

  function renderChips(state) {
    const chips = chipList(state);
    const focusedIndex = [...ui.chips.querySelectorAll('button')].indexOf(document.activeElement);
    clear(ui.chips);
    ui.chips.hidden = chips.length === 0;
    chips.forEach((chip, index) => {
      const button = el('button', {
        className: 'chip',
        attrs: { type: 'button', 'data-chip': index, 'data-name': chip.name || chip.label.toLowerCase(), 'aria-label': `Remove filter ${chip.label}: ${chip.value}` },
      }, el('span', { className: 'chip-label', text: `${chip.label}:` }), ' ',
      el('span', { className: 'chip-value', text: chip.value }),
      el('span', { className: 'chip-x', text: '×', attrs: { 'aria-hidden': 'true' } }));
      button.addEventListener('click', () => {
        chipFocus = index;
        navigate(chip.remove);
      });
      ui.chips.append(button);
    });
    if (chips.length > 1) {
      const all = el('button', { className: 'chip-clear', text: 'Clear all', attrs: { type: 'button', 'data-action': 'clear-filters' } });
      ui.chips.append(all);
    }
    // After a chip is removed, focus stays among the chips (or goes to the results).
    if (chipFocus !== null) {
      const buttons = ui.chips.querySelectorAll('button');
      const target = buttons[Math.min(chipFocus, buttons.length - 1)];
      (target || ui.heading).focus();
      chipFocus = null;
    } else if (focusedIndex >= 0 && ui.chips.querySelectorAll('button')[focusedIndex]) {
      ui.chips.querySelectorAll('button')[focusedIndex].focus();
    }
  }
  let chipFocus = null;

  // "100..999" -> "100–999", "1000.." -> "1,000 or more", "..40" -> "40 or fewer"
  function rangeText(range) {
    const m = /^(\d*)\.\.(\d*)$/.exec(range);
    if (!m) return /^\d+$/.test(range) ? fmt(Number(range)) : range;
    if (m[1] && m[2]) return `${fmt(Number(m[1]))}–${fmt(Number(m[2]))}`;
    if (m[1]) return `${fmt(Number(m[1]))} or more`;
    return `${fmt(Number(m[2]))} or fewer`;
  }

  // ---- facets

  function renderFacets(state, facets, langFacet, exact) {
    const active = document.activeElement;
    const refocus = active && active.dataset && active.dataset.facet
      ? { facet: active.dataset.facet, value: active.dataset.value } : null;
    clear(ui.facets);

    const langItems = (langFacet || facets.lang || []).map((f) => ({ value: f.value, label: languageName(f.value), count: f.count, note: f.value }));
    addSelected(langItems, state.langs, (v) => ({ value: v, label: languageName(v), count: 0, note: v }));
    ui.facets.append(facetGroup('Language', 'lang', langItems, new Set(state.langs), false));

    const entityItems = (facets.entity || []).map((f) => ({ value: f.id, label: f.name, count: f.count, note: f.type }));
    addSelected(entityItems, state.entities, (id) => {
      const known = entityNames.get(id);
      return { value: id, label: known ? known.name : id, count: null, note: known ? known.type : '' };
    });
    ui.facets.append(facetGroup('Entities', 'entity', entityItems, new Set(state.entities), false));

    for (const [title, name] of [['Deaths stated', 'deaths'], ['Injured stated', 'injured']]) {
      const items = (facets[name] || []).map((f) => ({ value: f.range, label: rangeText(f.range), count: f.count }));
      if (state[name]) addSelected(items, [state[name]], (v) => ({ value: v, label: rangeText(v), count: null }));
      ui.facets.append(facetGroup(title, name, items, new Set(state[name] ? [state[name]] : []), true));
    }

    const years = (facets.mentioned || []).map((f) => ({ value: f.value, label: f.value, count: f.count }));
    if (state.mentioned) addSelected(years, [state.mentioned], (v) => ({ value: v, label: v, count: null }));
    ui.facets.append(facetGroup('Years mentioned', 'mentioned', years, new Set(state.mentioned ? [state.mentioned] : []), true));

    if (exact === false) {
      ui.facets.append(el('p', { className: 'facets-note', text: 'Counts are estimated from the best matches.' }));
    }
    updateDrawerSummary();
    if (refocus) {
      const again = [...ui.facets.querySelectorAll('input[type=checkbox]')]
        .find((box) => box.dataset.facet === refocus.facet && box.dataset.value === refocus.value);
      if (again) again.focus();
    }
  }

  function addSelected(items, selected, make) {
    for (const value of selected) {
      if (!items.some((item) => item.value === value)) items.unshift(make(value));
    }
  }

  // One facet panel: a fieldset of checkboxes. Exclusive groups (a range, a
  // year) hold one value at a time: ticking another replaces it.
  function facetGroup(title, name, items, selected, exclusive) {
    const fieldset = el('fieldset', { className: 'facet', attrs: { 'data-facet-group': name } });
    fieldset.append(el('legend', { className: 'facet-title', text: title }));
    if (items.length === 0) {
      fieldset.append(el('p', { className: 'facet-empty', text: 'None in these results' }));
      return fieldset;
    }
    const list = el('ul', { className: 'facet-list' });
    items.forEach((item, index) => {
      const id = `facet-${name}-${index}`;
      const box = el('input', { attrs: { type: 'checkbox', id, 'data-facet': name, 'data-value': item.value } });
      box.checked = selected.has(item.value);
      box.addEventListener('change', () => toggleFacet(name, item.value, box.checked, exclusive));
      const label = el('label', { attrs: { for: id } },
        el('span', { className: 'facet-label', text: item.label, attrs: { dir: 'auto', title: item.label } }),
        item.note && name === 'entity' ? el('span', { className: `entity-type type-${item.note}`, text: item.note }) : null,
        item.count !== null && item.count !== undefined
          ? el('span', { className: 'facet-count', text: fmt(item.count) })
          : null);
      list.append(el('li', { className: `facet-item${box.checked ? ' is-checked' : ''}` }, box, label));
    });
    fieldset.append(list);
    return fieldset;
  }

  function toggleFacet(name, value, checked, exclusive) {
    const key = { lang: 'langs', entity: 'entities' }[name] || name;
    if (exclusive) {
      navigate({ [key]: checked ? value : '' });
      return;
    }
    const values = current[key].filter((v) => v !== value);
    if (checked) values.push(value);
    navigate({ [key]: values });
  }

  function updateDrawerSummary() {
    const count = chipList(current).length;
    const summary = ui.drawer.querySelector('summary');
    summary.textContent = count ? `Refine results (${count} active)` : 'Refine results';
  }

  // ---- histogram

  // Every period from the first to the last (the facet lists only non-empty
  // ones), so that the bars are a time line; days only over a short span.
  function timeline(buckets) {
    if (buckets.length === 0) return [];
    const counts = new Map(buckets.map((b) => [b.value, b.count]));
    const values = buckets.map((b) => b.value).sort();
    const first = values[0];
    const last = values[values.length - 1];
    const periods = [];
    if (/^\d{4}$/.test(first) && /^\d{4}$/.test(last)) {
      for (let y = Number(first); y <= Number(last); y += 1) periods.push(String(y));
    } else if (/^\d{4}-\d{2}$/.test(first) && /^\d{4}-\d{2}$/.test(last)) {
      let y = Number(first.slice(0, 4));
      let m = Number(first.slice(5, 7));
      const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
      while (y * 12 + m <= end && periods.length < 600) {
        periods.push(`${y}-${String(m).padStart(2, '0')}`);
        m += 1;
        if (m > 12) { m = 1; y += 1; }
      }
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(first) && /^\d{4}-\d{2}-\d{2}$/.test(last)) {
      const day = 24 * 3600 * 1000;
      const start = Date.parse(`${first}T00:00:00Z`);
      const stop = Date.parse(`${last}T00:00:00Z`);
      if ((stop - start) / day <= 92) {
        for (let t = start; t <= stop; t += day) periods.push(new Date(t).toISOString().slice(0, 10));
      }
    }
    if (periods.length === 0) return values.map((v) => ({ value: v, count: counts.get(v) }));
    return periods.map((v) => ({ value: v, count: counts.get(v) || 0 }));
  }

  function renderHistogram(state, buckets, total) {
    const bars = timeline(buckets);
    clear(ui.histogram);
    ui.histogramPanel.hidden = bars.length === 0;
    if (bars.length === 0) return;
    const withCounts = bars.length <= 24;
    const max = Math.max(...bars.map((b) => b.count));
    const unit = bars[0].value.length === 4 ? 'year' : bars[0].value.length === 7 ? 'month' : 'day';
    ui.histogram.setAttribute('role', 'group');
    ui.histogram.setAttribute('aria-label', `Articles by ${unit} of publication; choose a ${unit} to see only it`);
    ui.histogram.classList.toggle('is-dense', bars.length > 36);

    const row = el('div', { className: 'bars' });
    const labels = el('div', { className: 'bar-labels', attrs: { 'aria-hidden': 'true' } });
    let focusable = false;
    bars.forEach((bar, index) => {
      const label = `${formatPeriod(bar.value, true)}: ${plural(bar.count, 'article', 'articles')}`;
      const selected = state.from === bar.value && state.to === bar.value;
      let node;
      if (bar.count > 0) {
        node = el('button', {
          className: `bar${selected ? ' is-selected' : ''}`,
          attrs: { type: 'button', 'data-period': bar.value, 'aria-label': label, title: label, tabindex: focusable ? '-1' : '0', 'aria-pressed': selected ? 'true' : 'false' },
        });
        focusable = true;
        node.addEventListener('click', () => navigate({ from: bar.value, to: bar.value }));
      } else {
        node = el('span', { className: 'bar is-empty', attrs: { title: label } });
      }
      if (withCounts && bar.count > 0) node.append(el('span', { className: 'bar-count', text: fmt(bar.count), attrs: { 'aria-hidden': 'true' } }));
      const fill = el('span', { className: 'bar-fill' });
      // CSSOM, not a style attribute: allowed under the page's CSP.
      fill.style.setProperty('--share', String(bar.count / max));
      node.append(fill);
      row.append(node);
      labels.append(el('span', { className: 'bar-label', text: barLabel(bars, index, unit) }));
    });
    row.addEventListener('keydown', moveAlongBars);
    ui.histogram.append(row, labels);
    const dated = bars.reduce((sum, bar) => sum + bar.count, 0);
    if (total !== null && total > dated) {
      ui.histogram.append(el('p', { className: 'histogram-note', text: `${plural(total - dated, 'article has', 'articles have')} no date.` }));
    }
  }

  // Axis labels: each year's first bar for months, a few evenly spaced ones for days.
  function barLabel(bars, index, unit) {
    const value = bars[index].value;
    if (unit === 'year') return bars.length <= 16 || index % Math.ceil(bars.length / 12) === 0 ? value : '';
    if (unit === 'month') {
      if (index === 0 || value.endsWith('-01')) return value.slice(0, 4);
      return bars.length <= 12 ? MONTHS[Number(value.slice(5, 7)) - 1] : '';
    }
    const step = Math.max(1, Math.ceil(bars.length / 8));
    return index % step === 0 ? formatPeriod(value).replace(/ \d{4}$/, '') : '';
  }

  // One tab stop for the whole histogram; the arrow keys move between bars.
  function moveAlongBars(event) {
    const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in keys)) return;
    const buttons = [...ui.histogram.querySelectorAll('button.bar')];
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const step = keys[event.key];
    const to = step === -Infinity ? 0 : step === Infinity ? buttons.length - 1
      : Math.max(0, Math.min(buttons.length - 1, at + step));
    buttons[at].tabIndex = -1;
    buttons[to].tabIndex = 0;
    buttons[to].focus();
  }

  // ---- hits

  function renderHits(hits) {
    clear(ui.hits);
    ui.hits.start = current.offset + 1;
    for (const hit of hits) ui.hits.append(renderHit(hit));
  }

  function renderHit(hit) {
    const lang = hit.lang && hit.lang !== 'und' ? hit.lang : null;
    const item = el('li', { className: 'hit', attrs: { 'data-id': hit.id } });

    const href = safeHref(hit.url);
    const titleText = hit.title || hit.id;
    const title = el('h3', { className: 'hit-title', attrs: { lang, dir: 'auto' } },
      href ? el('a', { text: titleText, attrs: { href, rel: 'noopener noreferrer' } }) : el('span', { text: titleText }));
    item.append(title);

    const meta = el('p', { className: 'hit-meta' });
    const parts = [];
    if (hit.source) parts.push(el('span', { className: 'hit-source', text: hit.source, attrs: { dir: 'auto', lang } }));
    if (hit.date) parts.push(el('time', { className: 'hit-date', text: formatPeriod(hit.date), attrs: { datetime: hit.date } }));
    else parts.push(el('span', { className: 'hit-date is-missing', text: 'undated' }));
    parts.push(el('span', { className: 'hit-lang', text: languageName(hit.lang), attrs: { title: hit.lang } }));
    if (!href) parts.push(el('span', { className: 'hit-id', text: hit.id }));
    parts.forEach((part, index) => {
      if (index) meta.append(el('span', { className: 'sep', text: '·', attrs: { 'aria-hidden': 'true' } }));
      meta.append(part);
    });
    item.append(meta);

    if (hit.snippet) {
      const snippet = el('p', { className: 'snippet', attrs: { lang, dir: 'auto' } });
      appendSnippet(snippet, hit.snippet);
      item.append(snippet);
    }

    const facts = el('div', { className: 'hit-facts' });
    const c = hit.casualties;
    if (c && (c.deaths !== null || c.injured !== null)) {
      const figures = el('p', { className: 'casualties' });
      if (c.deaths !== null && c.deaths !== undefined) figures.append(el('span', { className: 'figure figure-deaths', text: `${fmt(c.deaths)} dead` }));
      if (c.injured !== null && c.injured !== undefined) figures.append(el('span', { className: 'figure figure-injured', text: `${fmt(c.injured)} injured` }));
      facts.append(figures);
    }
    const entities = hit.entities || [];
    if (entities.length) {
      const list = el('ul', { className: 'entity-list', attrs: { 'aria-label': 'Entities in this article' } });
      entities.forEach((entity, index) => {
        const active = current.entities.includes(entity.id);
        const button = el('button', {
          className: `entity type-${entity.type}${active ? ' is-active' : ''}`,
          text: entity.name,
          attrs: { type: 'button', title: `${entity.type}: show only articles about ${entity.name}`, 'aria-pressed': active ? 'true' : 'false' },
        });
        button.addEventListener('click', () => {
          if (!current.entities.includes(entity.id)) navigate({ entities: [...current.entities, entity.id] });
        });
        list.append(el('li', { attrs: { hidden: index >= ENTITIES_SHOWN } }, button));
      });
      if (entities.length > ENTITIES_SHOWN) {
        const more = el('button', { className: 'entity-more', text: `+${entities.length - ENTITIES_SHOWN} more`, attrs: { type: 'button', 'aria-expanded': 'false' } });
        more.addEventListener('click', () => {
          for (const li of list.querySelectorAll('li[hidden]')) li.hidden = false;
          more.parentElement.remove();
          list.querySelector(`li:nth-child(${ENTITIES_SHOWN + 1}) button`).focus();
        });
        list.append(el('li', {}, more));
      }
      facts.append(list);
    }
    if (facts.childElementCount) item.append(facts);

    const extra = [];
    if ((hit.mentioned || []).length) extra.push(`Mentions ${hit.mentioned.slice(0, 6).join(', ')}${hit.mentioned.length > 6 ? ', …' : ''}`);
    if ((hit.duplicates || []).length) extra.push(`${plural(hit.duplicates.length, 'near-identical report', 'near-identical reports')} folded in`);
    if (extra.length) {
      const note = el('p', { className: 'hit-note', text: extra.join(' · ') });
      if ((hit.duplicates || []).length) note.title = hit.duplicates.join('\n');
      item.append(note);
    }
    return item;
  }

  // ---- pagination

  function renderPagination(state, total, shown, exact) {
    clear(ui.pagination);
    const reachable = Math.min(total, MAX_WINDOW);
    const pages = Math.max(1, Math.ceil(reachable / state.limit));
    const page = Math.floor(state.offset / state.limit) + 1;
    const more = exact ? page < pages : shown === state.limit && state.offset + state.limit < MAX_WINDOW;
    if (total === 0 || (page === 1 && !more)) {
      ui.pagination.hidden = true;
      return;
    }
    ui.pagination.hidden = false;
    const goto = (n) => {
      navigate({ offset: (n - 1) * state.limit }, { keepOffset: true }).then(() => {
        ui.heading.focus({ preventScroll: true });
        ui.results.scrollIntoView({ block: 'start' });
      });
    };
    const button = (text, n, options = {}) => {
      const b = el('button', { className: `page-button ${options.className || ''}`.trim(), attrs: { type: 'button', 'aria-label': options.label, 'aria-current': options.current ? 'page' : null, disabled: options.disabled } });
      // "← Previous": the word folds away on a narrow screen, the arrow stays.
      const word = /^(← )?(\D+?)( →)?$/.exec(text);
      if (word) b.append(word[1] || '', el('span', { className: 'page-word', text: word[2] }), word[3] || '');
      else b.textContent = text;
      if (!options.disabled && !options.current) b.addEventListener('click', () => goto(n));
      return b;
    };
    ui.pagination.append(button('← Previous', page - 1, { className: 'page-prev', disabled: page === 1, label: 'Previous page' }));
    const list = el('ul', { className: 'page-list' });
    const lastKnown = exact ? pages : Math.max(page + (more ? 1 : 0), 1);
    let previous = 0;
    for (let n = 1; n <= lastKnown; n += 1) {
      if (n !== 1 && n !== lastKnown && Math.abs(n - page) > (wide.matches ? 2 : 1)) continue;
      if (n - previous > 1) list.append(el('li', { className: 'page-gap', text: '…', attrs: { 'aria-hidden': 'true' } }));
      list.append(el('li', {}, button(fmt(n), n, { current: n === page, label: `Page ${n}` })));
      previous = n;
    }
    ui.pagination.append(list);
    ui.pagination.append(button('Next →', page + 1, { className: 'page-next', disabled: !more, label: 'Next page' }));
  }

  // ---- figures

  function showFiguresLoading() {
    ui.figuresPanel.hidden = false;
    ui.figuresPanel.classList.add('is-loading');
  }

  const QUALIFIERS = {
    exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', nearly: 'nearly ',
    up_to: 'up to ', fewer_than: 'fewer than ', range: '', vague: '',
  };
  const KINDS = { deaths: 'Deaths', injured: 'Injured', missing: 'Missing', detained: 'Detained' };
  const kindName = (kind) => KINDS[kind] || capitalize(kind);

  function intervalText(low, high) {
    if (high === null || high === undefined) return `${fmt(low)} or more`;
    if (low === high) return fmt(low);
    return `${fmt(low)}–${fmt(high)}`;
  }

  function figureText(figure) {
    const kind = figure.kind === 'deaths' ? 'dead' : figure.kind;
    if (figure.qualifier === 'vague') return `an unspecified number ${kind}`;
    if (figure.qualifier === 'range') return `${intervalText(figure.low, figure.high)} ${kind}`;
    return `${QUALIFIERS[figure.qualifier] || ''}${fmt(figure.value)} ${kind}`;
  }

  function showFigures(answer) {
    ui.figuresPanel.classList.remove('is-loading');
    const body = ui.figuresBody;
    clear(body);
    ui.figuresPanel.hidden = false;
    if (!answer.ok) {
      body.append(el('p', { className: 'figures-empty', text: `Figures unavailable: ${answer.body.error || answer.status}` }));
      return;
    }
    const report = answer.body;
    const figures = report.figures || [];
    const verdicts = report.verdicts || [];
    if (figures.length === 0) {
      body.append(el('p', { className: 'figures-empty', text: 'The matching reports state no casualty figures.' }));
      return;
    }
    body.append(el('p', { className: 'figures-intro', text: `${plural(figures.length, 'figure', 'figures')} stated in ${plural(report.articles, 'matching report', 'matching reports')}.` }));
    const list = el('ul', { className: 'verdicts' });
    for (const verdict of verdicts) {
      const agree = verdict.consistent;
      list.append(el('li', { className: `verdict ${agree ? 'is-agree' : 'is-conflict'}`, attrs: { 'data-kind': verdict.kind } },
        el('span', { className: 'verdict-kind', text: kindName(verdict.kind) }),
        el('span', { className: 'verdict-badge', text: agree ? 'Reports agree' : 'Reports conflict' }),
        el('span', { className: 'verdict-value', text: agree ? intervalText(verdict.low, verdict.high) : `${fmt(verdict.low)} to ${verdict.high === null ? 'more' : fmt(verdict.high)}` }),
        el('span', { className: 'verdict-articles', text: agree ? `${plural(verdict.articles, 'report', 'reports')} overlap here` : `spread over ${plural(verdict.articles, 'report', 'reports')}` })));
    }
    body.append(list);

    body.append(el('h4', { className: 'figures-subtitle', text: 'In time order' }));
    const timelineList = el('ol', { className: 'figure-list' });
    figures.forEach((figure, index) => {
      const when = figure.date ? el('time', { className: 'figure-date', text: formatPeriod(figure.date), attrs: { datetime: figure.date } })
        : el('span', { className: 'figure-date is-missing', text: 'undated' });
      // The title, unless the sentence is the title (a report's first sentence often is).
      const title = figure.title && !figure.sentence.startsWith(figure.title.replace(/…$/, '').slice(0, 40)) ? figure.title : '';
      const where = [figure.source, title].filter(Boolean).join(' — ');
      timelineList.append(el('li', { className: `figure-item kind-${figure.kind}`, attrs: { hidden: index >= FIGURES_SHOWN } },
        el('p', { className: 'figure-head' }, when, el('strong', { className: 'figure-value', text: figureText(figure) }),
          figure.historical ? el('span', { className: 'figure-historical', text: 'earlier event', attrs: { title: 'The figure is about an earlier event the report recalls' } }) : null,
          figure.hypothetical ? el('span', { className: 'figure-historical', text: 'projected', attrs: { title: 'A projected, feared or hypothetical toll, not a stated one: it never counts as the report\'s figure' } }) : null),
        el('blockquote', { className: 'figure-sentence', text: figure.sentence, attrs: { dir: 'auto' } }),
        el('p', { className: `figure-source${where ? '' : ' is-id'}`, text: where || figure.id, attrs: { dir: 'auto', title: figure.title || figure.id } })));
    });
    body.append(timelineList);
    if (figures.length > FIGURES_SHOWN) {
      const all = el('button', { className: 'button button-quiet', text: `Show all ${figures.length} figures`, attrs: { type: 'button' } });
      all.addEventListener('click', () => {
        for (const li of timelineList.querySelectorAll('li[hidden]')) li.hidden = false;
        timelineList.children[FIGURES_SHOWN].tabIndex = -1;
        timelineList.children[FIGURES_SHOWN].focus();
        all.remove();
      });
      body.append(all);
    }
  }

  // ------------------------------------------------------------- wiring

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ q: ui.q.value.trim(), sort: ui.sort.value });
  });
  ui.sort.addEventListener('change', () => {
    if (current.searched) navigate({ sort: ui.sort.value, q: ui.q.value.trim() });
  });
  ui.collapse.addEventListener('change', () => {
    if (current.searched) navigate({ collapse: ui.collapse.checked, q: ui.q.value.trim() });
  });
  ui.brand.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (window.location.search) window.history.pushState(null, '', window.location.pathname);
    show(emptyState());
    ui.q.focus();
  });
  document.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target) return;
    if (target.dataset.action === 'clear-filters') {
      navigate({ langs: [], entities: [], deaths: '', injured: '', mentioned: '', from: '', to: '' });
      ui.q.focus();
    } else if (target.dataset.action === 'goto-error') {
      const at = Number(target.dataset.at);
      ui.q.focus();
      ui.q.setSelectionRange(at, at);
    }
  });
  window.addEventListener('popstate', () => show(readState(window.location.search)));

  // Filters open beside the results on a wide screen, folded on a narrow one.
  const placeDrawer = () => { ui.drawer.open = wide.matches; };
  wide.addEventListener('change', placeDrawer);
  placeDrawer();

  show(readState(window.location.search));
  if (!current.searched) ui.q.focus();
})();
