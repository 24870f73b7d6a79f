// Find digital support: instant filters kept in the URL (and in the language switcher's links),
// "open now" and today's hours (Europe/Helsinki), hiding exceptions that have passed, and the opt-in
// map with grouped markers. Every text shown comes from data-* attributes rendered by the templates;
// without this script the pages are complete lists.

const WEEKDAYS = { Mon: "mo", Tue: "tu", Wed: "we", Thu: "th", Fri: "fr", Sat: "sa", Sun: "su" };

/** The date, weekday and time in Helsinki now: { date: "2026-11-26", day: "th", time: "14:05" }. */
export function helsinkiNow(when = new Date()) {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Helsinki",
    year: "numeric", month: "2-digit", day: "2-digit",
    weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  const parts = Object.fromEntries(format.formatToParts(when).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day: WEEKDAYS[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

/** Today's intervals [["09:00","12:00"]] (an exception period's when one covers today). hours = {w: {mo: [...]}, x: [{f, t, w}]}. */
export function hoursToday(hours, now) {
  const period = (hours.x || []).find((x) => x.f <= now.date && now.date <= x.t);
  return (period ? period.w : hours.w)[now.day] || [];
}

/** Closing time if the place is open at `now`, else null. */
export function openUntil(hours, now) {
  for (const [opens, closes] of hoursToday(hours, now)) {
    if (opens <= now.time && now.time < closes) return closes;
  }
  return null;
}

const displayTime = (time) => time.replace(/^0/, "").replace(":", ".");

const codes = (text) => new Set(text ? text.split(" ") : []);

/** The filter's index (plugins/directory/results.py): every location's codes, parsed into Sets once, and its
 *  card's HTML, which the build rendered with the pages' own macro; groups are the empty result groups. */
async function loadIndex(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const data = await response.json();
  const shells = data.groups.map((html) => Object.assign(document.createElement("template"), { innerHTML: html }));
  const entries = data.locations.map((entry) => ({
    group: entry.g, area: codes(entry.a), forms: codes(entry.f), groups: codes(entry.t),
    languages: codes(entry.l), access: codes(entry.x), hours: entry.h || null, card: entry.c,
  }));
  return { shells, entries };
}

function initFilter(form) {
  const results = document.querySelector("[data-results]");
  const status = document.querySelector("[data-results-count]");
  if (!results || !status) return;
  const disclosure = form.closest("[data-filters]");
  const showButton = form.querySelector("[data-show-results]");
  const noResults = document.querySelector("[data-no-results]");
  const active = document.querySelector("[data-active-filters]");
  const moreStatus = document.querySelector("[data-more-status]");
  const moreCount = document.querySelector("[data-more-count]");
  const moreButton = document.querySelector("[data-show-more]");
  const counts = new Map([...document.querySelectorAll("[data-count-for]")].map((count) => [count.dataset.countFor, count]));
  // The language switcher's links, so that the other language opens with the same filters (the values are codes).
  const switches = [...document.querySelectorAll("a[hreflang]")].map((link) => [link, link.getAttribute("href")]);
  const pageSize = Number(form.dataset.pageSize);
  let index = null;
  let loading = null;
  let matched = [];
  let shown = 0;
  let lastGroup = null;
  let applied = false;

  // Loaded once, on first use (opening the filters, a filter in the address, "show more").
  const load = () => {
    loading ??= loadIndex(form.dataset.index).then((loaded) => { index = loaded; }, (error) => {
      status.textContent = form.dataset.loadError;
      results.hidden = false;
      throw error;
    });
    return loading;
  };
  // Runs at once when the index is there, so the list is updated in the same event handler.
  const whenLoaded = (action) => (index ? action() : load().then(action, () => {}));

  const plural = (count, zero, one, other) =>
    (count === 0 && zero ? zero : count === 1 ? one : other).replace("{count}", String(count));

  const wanted = (data) => ({
    municipality: data.get("municipality"), forms: data.getAll("form"), groups: data.getAll("group"),
    languages: data.getAll("language"), access: data.getAll("access"), open: Boolean(data.get("open")),
  });
  const anyOf = (values, set) => values.length === 0 || values.some((value) => set.has(value));
  const matches = (entry, want, now) =>
    // A service is found where its area reaches, not only where its office is.
    (!want.municipality || entry.area.has(want.municipality)) &&
    anyOf(want.forms, entry.forms) && anyOf(want.groups, entry.groups) && anyOf(want.languages, entry.languages) &&
    want.access.every((value) => entry.access.has(value)) &&
    (!want.open || (entry.hours !== null && openUntil(entry.hours, now) !== null));

  // The next pageSize matches (DIRECTORY_PAGE_SIZE) under their group headings; a group continued from the last batch is filled in.
  const showMore = () => {
    const batch = matched.slice(shown, shown + pageSize);
    const lists = new Map();
    for (const entry of batch) {
      if (!lastGroup || lastGroup.number !== entry.group) {
        const group = index.shells[entry.group].content.firstElementChild.cloneNode(true);
        results.append(group);
        lastGroup = { number: entry.group, list: group.querySelector("ul") };
      }
      if (!lists.has(lastGroup.list)) lists.set(lastGroup.list, []);
      lists.get(lastGroup.list).push(entry.card);
    }
    for (const [list, cards] of lists) {
      list.insertAdjacentHTML("beforeend", cards.join(""));
      initCardHours(list);
    }
    const first = shown;
    shown += batch.length;
    moreStatus.hidden = shown >= matched.length;
    moreCount.textContent = form.dataset.shown.replace("{shown}", String(shown)).replace("{count}", String(matched.length));
    moreButton.hidden = shown >= matched.length;
    return first;
  };

  // Each active filter as a button that removes it.
  const showActive = () => {
    const list = active.querySelector("ul");
    list.replaceChildren();
    for (const control of form.elements) {
      const on = control.type === "checkbox" ? control.checked : control.tagName === "SELECT" && control.value;
      if (!on) continue;
      const name = control.tagName === "SELECT" ? control.selectedOptions[0].textContent : form.querySelector(`label[for="${control.id}"]`).textContent;
      const button = Object.assign(document.createElement("button"), { type: "button", className: "uudi-active-filters__remove" });
      button.textContent = `${name} ×`;
      button.setAttribute("aria-label", form.dataset.remove.replace("{name}", name));
      button.addEventListener("click", () => {
        if (control.type === "checkbox") control.checked = false;
        else control.value = "";
        whenLoaded(() => apply(true));
        status.focus();
      });
      const item = document.createElement("li");
      item.append(button);
      list.append(item);
    }
    active.hidden = list.children.length === 0;
  };

  const apply = (updateUrl) => {
    const data = new FormData(form);
    const want = wanted(data);
    const now = helsinkiNow();
    // Each municipality's count (in the list of municipality pages) follows every filter but the municipality.
    const everywhere = index.entries.filter((entry) => matches(entry, { ...want, municipality: "" }, now));
    matched = want.municipality ? everywhere.filter((entry) => entry.area.has(want.municipality)) : everywhere;
    applied = true;
    const perMunicipality = new Map([...counts.keys()].map((code) => [code, 0]));
    for (const entry of everywhere) for (const code of entry.area) perMunicipality.set(code, (perMunicipality.get(code) || 0) + 1);
    for (const [code, count] of counts) count.textContent = String(perMunicipality.get(code));
    results.replaceChildren();
    results.hidden = false;
    shown = 0;
    lastGroup = null;
    showMore();
    const count = matched.length;
    status.textContent = plural(count, form.dataset.countZero, form.dataset.countOne, form.dataset.countOther);
    showButton.textContent = plural(count, "", form.dataset.showOne, form.dataset.showOther);
    if (noResults) noResults.hidden = count > 0;
    showActive();
    const params = new URLSearchParams();
    for (const [name, value] of data) if (value) params.append(name, value);
    const query = params.toString();
    for (const [link, href] of switches) link.setAttribute("href", query ? `${href.split("?")[0]}?${query}` : href);
    if (updateUrl) history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
  };

  const params = new URLSearchParams(window.location.search);
  let filtered = false;
  for (const control of form.elements) {
    if (!control.name) continue;
    const values = params.getAll(control.name);
    if (control.type === "checkbox") control.checked = values.includes(control.value);
    else if (control.tagName === "SELECT") control.value = values[0] || "";
    filtered ||= control.type === "checkbox" ? control.checked : Boolean(control.value);
  }
  disclosure.hidden = false;
  disclosure.addEventListener("toggle", () => { if (disclosure.open) load().catch(() => {}); });
  form.addEventListener("change", () => whenLoaded(() => apply(true)));
  // "Show N results" folds the filters away and takes the reader to the count, right above the results.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    whenLoaded(() => apply(true));
    disclosure.open = false;
    status.focus();
  });
  form.addEventListener("reset", () => window.setTimeout(() => whenLoaded(() => apply(true))));
  // "Show more" adds the next matches and moves focus to the first of them.
  moreButton.hidden = moreStatus.hidden;
  for (const event of ["pointerenter", "focus"]) moreButton.addEventListener(event, () => load().catch(() => {}));
  moreButton.addEventListener("click", () => whenLoaded(() => {
    if (!applied) apply(false); // the page's own first results, now from the index
    const first = showMore();
    results.querySelectorAll("[data-location]")[first]?.querySelector("a")?.focus();
  }));
  // Filters in the address: the unfiltered first results are not shown as if they matched.
  if (filtered) {
    results.hidden = true;
    whenLoaded(() => apply(false));
  }
}

/** Each card's "Today" line for the reader's today, with "open now" where it is open. */
function initCardHours(list) {
  const now = helsinkiNow();
  const texts = list.dataset;
  for (const card of list.querySelectorAll("[data-hours]")) {
    const today = card.querySelector("[data-today]");
    const hours = JSON.parse(card.dataset.hours);
    const intervals = hoursToday(hours, now);
    const until = openUntil(hours, now);
    const times = intervals.map(([opens, closes]) => `${displayTime(opens)}–${displayTime(closes)}`).join(", ");
    const state = until ? texts.today.replace("{time}", displayTime(until)) : texts.closedNow;
    today.textContent = times ? `${times} · ${state}` : texts.closedToday;
  }
}

/** Marks the reader's today in an hours table (the page marks the build date's). */
function initHoursToday(table) {
  const { day } = helsinkiNow();
  for (const row of table.querySelectorAll("[data-day]")) {
    const today = row.dataset.day === day;
    row.classList.toggle("uudi-hours__row--today", today);
    row.querySelector("[data-today-mark]")?.remove();
    row.removeAttribute("aria-current");
    if (!today) continue;
    row.setAttribute("aria-current", "date");
    const mark = Object.assign(document.createElement("span"), { className: "uudi-hours__today", textContent: table.dataset.todayLabel });
    mark.dataset.todayMark = "";
    row.querySelector("th").append(mark);
  }
}

function initOpenNow(element) {
  const until = openUntil(JSON.parse(element.dataset.hours), helsinkiNow());
  element.textContent = until ? element.dataset.open.replace("{time}", displayTime(until)) : element.dataset.closed;
  element.hidden = false;
}

function initExceptions(list) {
  const today = helsinkiNow().date;
  for (const item of list.querySelectorAll("[data-ends]")) item.hidden = item.dataset.ends < today;
}

const loadOnce = (tag, attributes) =>
  new Promise((resolve, reject) => {
    const element = Object.assign(document.createElement(tag), attributes);
    element.addEventListener("load", resolve);
    element.addEventListener("error", reject);
    document.head.append(element);
  });

function initMap(root) {
  const button = root.querySelector("[data-map-open]");
  const canvas = root.querySelector("[data-map-canvas]");
  let map = null;
  button.hidden = false;
  const setOpen = (open) => {
    canvas.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? root.dataset.hideLabel : root.dataset.showLabel;
  };
  button.addEventListener("click", async () => {
    if (map) {
      setOpen(canvas.hidden);
      if (!canvas.hidden) map.invalidateSize();
      return;
    }
    button.disabled = true;
    await loadOnce("link", { rel: "stylesheet", href: root.dataset.leafletCss });
    for (const href of root.dataset.clusterCss.split(" ")) await loadOnce("link", { rel: "stylesheet", href });
    await loadOnce("script", { src: root.dataset.leafletJs });
    await loadOnce("script", { src: root.dataset.clusterJs });
    const { L } = window;
    setOpen(true);
    L.Icon.Default.imagePath = root.dataset.images;
    map = L.map(canvas);
    L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.attribution, maxZoom: 18 }).addTo(map);
    // Markers that overlap are grouped; a tap on a group zooms in or spreads its markers out.
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    const bounds = [];
    for (const point of document.querySelectorAll("[data-map-point]")) {
      const link = point.querySelector("a");
      const position = [Number(point.dataset.lat), Number(point.dataset.lon)];
      const popup = document.createElement("div");
      const title = Object.assign(document.createElement("strong"), { textContent: link.textContent });
      const address = Object.assign(document.createElement("p"), { textContent: point.dataset.address });
      const forms = Object.assign(document.createElement("p"), { textContent: point.dataset.forms });
      const more = Object.assign(document.createElement("a"), { href: link.href, textContent: root.dataset.moreLabel });
      popup.append(title, address, forms, more);
      cluster.addLayer(L.marker(position, { title: link.textContent, alt: link.textContent }).bindPopup(popup));
      bounds.push(position);
    }
    map.addLayer(cluster);
    map.fitBounds(bounds, { padding: [20, 20] });
    button.disabled = false;
  });
}

const MODULES = {
  "directory-filter": initFilter,
  "open-now": initOpenNow,
  exceptions: initExceptions,
  "hours-today": initHoursToday,
  "card-hours": initCardHours,
  "location-map": initMap,
};
for (const element of document.querySelectorAll("[data-module]")) MODULES[element.dataset.module]?.(element);
