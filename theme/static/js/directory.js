// Find digital support: instant filters kept in the URL, "open now" (Europe/Helsinki), hiding
// exceptions that have passed, and the opt-in map. Every text shown comes from data-* attributes
// rendered by the templates; without this script the pages are complete lists.

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

/** Closing time if the place is open at `now`, else null. hours = {w: {mo: [["09:00","12:00"]]}, x: [{f, t, w}]}. */
export function openUntil(hours, now) {
  const period = (hours.x || []).find((x) => x.f <= now.date && now.date <= x.t);
  const week = period ? period.w : hours.w;
  for (const [opens, closes] of week[now.day] || []) {
    if (opens <= now.time && now.time < closes) return closes;
  }
  return null;
}

const displayTime = (time) => time.replace(/^0/, "").replace(":", ".");

function initFilter(form) {
  const results = document.querySelector("[data-results]");
  const status = document.querySelector("[data-results-count]");
  if (!results || !status) return;
  const cards = [...results.querySelectorAll("[data-location]")];
  const groups = [...results.querySelectorAll("[data-group]")];
  const hours = new Map(cards.filter((card) => card.dataset.hours).map((card) => [card, JSON.parse(card.dataset.hours)]));

  const countText = (count) => {
    const template = count === 0 ? form.dataset.countZero : count === 1 ? form.dataset.countOne : form.dataset.countOther;
    return template.replace("{count}", String(count));
  };

  const matches = (card, data, now) => {
    const municipality = data.get("municipality");
    if (municipality && card.dataset.municipality !== municipality) return false;
    const has = (attribute) => (card.dataset[attribute] || "").split(" ");
    const any = (name, attribute) => {
      const wanted = data.getAll(name);
      return wanted.length === 0 || wanted.some((value) => has(attribute).includes(value));
    };
    if (!any("form", "forms") || !any("group", "groups") || !any("language", "languages")) return false;
    if (!data.getAll("access").every((value) => has("access").includes(value))) return false;
    if (data.get("open") && !(hours.has(card) && openUntil(hours.get(card), now))) return false;
    return true;
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
    status.textContent = countText(count);
    if (updateUrl) {
      const params = new URLSearchParams();
      for (const [name, value] of data) if (value) params.append(name, value);
      const query = params.toString();
      history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    }
  };

  const params = new URLSearchParams(window.location.search);
  for (const control of form.elements) {
    if (!control.name) continue;
    const values = params.getAll(control.name);
    if (control.type === "checkbox") control.checked = values.includes(control.value);
    else if (control.tagName === "SELECT") control.value = values[0] || "";
  }
  form.hidden = false;
  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener("reset", () => window.setTimeout(() => apply(true)));
  apply(false);
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
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    await loadOnce("link", { rel: "stylesheet", href: root.dataset.leafletCss });
    await loadOnce("script", { src: root.dataset.leafletJs });
    const { L } = window;
    canvas.hidden = false;
    L.Icon.Default.imagePath = root.dataset.images;
    const map = L.map(canvas);
    L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.attribution, maxZoom: 18 }).addTo(map);
    const bounds = [];
    for (const point of document.querySelectorAll("[data-map-point]")) {
      const link = point.querySelector("a");
      const position = [Number(point.dataset.lat), Number(point.dataset.lon)];
      const popup = Object.assign(document.createElement("a"), { href: link.href, textContent: link.textContent });
      L.marker(position, { title: link.textContent, alt: link.textContent }).addTo(map).bindPopup(popup);
      bounds.push(position);
    }
    map.fitBounds(bounds, { padding: [20, 20] });
    button.hidden = true;
  });
}

const MODULES = { "directory-filter": initFilter, "open-now": initOpenNow, exceptions: initExceptions, "location-map": initMap };
for (const element of document.querySelectorAll("[data-module]")) MODULES[element.dataset.module]?.(element);
