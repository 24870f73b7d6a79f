// Site search on Pagefind's JavaScript API (the index is built by plugins/search/index.py).
// Without JavaScript the form stays hidden and the fallback links are shown. Each language has
// bundles of its own (data-bundles: a large site's pages are split into several, merged here with
// Pagefind's mergeIndex), so a Swedish page searches Swedish pages only.
// Texts come from data attributes on the [data-module="search"] element.

const root = document.querySelector('[data-module="search"]');

function message(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

// Pagefind's excerpt is HTML text with <mark> around the matches: keep only the text and the marks.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const nodes = [];
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "uudi-search__result";
  const type = document.createElement("p");
  type.className = "uudi-search__type";
  type.textContent = data.meta.type || "";
  const heading = document.createElement("h2");
  heading.className = "uudi-search__title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "uudi-search__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, type, excerpt);
  return item;
}

function init(container) {
  const form = container.querySelector("form");
  const input = form.querySelector('[name="q"]');
  const select = form.querySelector('[name="type"]');
  const status = container.querySelector("[data-search-status]");
  const results = container.querySelector("[data-search-results]");
  const texts = container.dataset;
  let pagefind = null;
  let latest = 0;

  async function load() {
    if (!pagefind) {
      const [first, ...more] = texts.bundles.split(" ");
      const settings = { baseUrl: texts.baseUrl, excerptLength: 24 };
      pagefind = import(`${first}pagefind.js`).then(async (module) => {
        await module.options(settings);
        await Promise.all(more.map((bundle) => module.mergeIndex(bundle, settings)));
        return module;
      });
    }
    return pagefind;
  }

  async function run() {
    const query = input.value.trim();
    const type = select.value;
    const url = new URL(window.location.href);
    url.searchParams.set("q", query);
    if (type) url.searchParams.set("type", type);
    else url.searchParams.delete("type");
    window.history.replaceState(null, "", url);
    const ticket = ++latest;
    if (!query) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    // Announced only while the index loads the first time: later queries answer at once.
    if (!pagefind) status.textContent = texts.messageLoading;
    try {
      const api = await load();
      const search = await api.search(query, type ? { filters: { type } } : {});
      const found = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has started
      results.replaceChildren(...found.map(resultItem));
      const count = search.results.length;
      const template = count === 0 ? texts.messageNone : count === 1 ? texts.messageOne : texts.messageMany;
      status.textContent = message(template, { count, query });
    } catch (error) {
      status.textContent = texts.messageFailed;
      container.querySelector("[data-search-fallback]").hidden = false;
      throw error;
    }
  }

  let timer = 0;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  input.addEventListener("focus", load, { once: true });
  select.addEventListener("change", run);

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  if ([...select.options].some((option) => option.value === params.get("type"))) {
    select.value = params.get("type");
  }
  form.hidden = false;
  container.querySelector("[data-search-fallback]").hidden = true;
  if (input.value) run();
}

if (root) init(root);
