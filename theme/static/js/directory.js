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

function initFilter(form) {
  const results = document.querySelector("[data-results]");
  const status = document.querySelector("[data-results-count]");
  if (!results || !status) return;
  const disclosure = form.closest("[data-filters]");
  const showButton = form.querySelector("[data-show-results]");
  const noResults = document.querySelector("[data-no-results]");
  const active = document.querySelector("[data-active-filters]");
  const cards = [...results.querySelectorAll("[data-location]")];
  const groups = [...results.querySelectorAll("[data-group]")];
  const hours = new Map(cards.filter((card) => card.dataset.hours).map((card) => [card, JSON.parse(card.dataset.hours)]));
  // The language switcher's links, so that the other language opens with the same filters (the values are codes).
  const switches = [...document.querySelectorAll("a[hreflang]")].map((link) => [link, link.getAttribute("href")]);

  const plural = (count, zero, one, other) =>
    (count === 0 && zero ? zero : count === 1 ? one : other).replace("{count}", String(count));

  const matches = (card, data, now) => {
    const municipality = data.get("municipality");
    const has = (attribute) => (card.dataset[attribute] || "").split(" ");
    // A service is found where its area reaches, not only where its office is.
    if (municipality && !has("area").includes(municipality)) return false;
    const any = (name, attribute) => {
      const wanted = data.getAll(name);
      return wanted.length === 0 || wanted.some((value) => has(attribute).includes(value));
    };
    if (!any("form", "forms") || !any("group", "groups") || !any("language", "languages")) return false;
    if (!data.getAll("access").every((value) => has("access").includes(value))) return false;
    if (data.get("open") && !(hours.has(card) && openUntil(hours.get(card), now))) return false;
    return true;
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
        apply(true);
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
    const now = helsinkiNow();
    let count = 0;
    for (const card of cards) {
      const shown = matches(card, data, now);
      card.hidden = !shown;
      if (shown) count += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector("[data-location]:not([hidden])");
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
  for (const control of form.elements) {
    if (!control.name) continue;
    const values = params.getAll(control.name);
    if (control.type === "checkbox") control.checked = values.includes(control.value);
    else if (control.tagName === "SELECT") control.value = values[0] || "";
  }
  disclosure.hidden = false;
  form.addEventListener("change", () => apply(true));
  // "Show N results" folds the filters away and takes the reader to the count, right above the results.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(true);
    disclosure.open = false;
    status.focus();
  });
  form.addEventListener("reset", () => window.setTimeout(() => apply(true)));
  apply(false);
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
