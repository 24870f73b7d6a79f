// Instant municipality filter on the members list. Without JavaScript the municipality links
// lead to a page per municipality; this only adds a select that filters the list in place.
// Texts come from data attributes on the [data-module="member-filter"] element.

const root = document.querySelector('[data-module="member-filter"]');

function updateCounts(groups) {
  let total = 0;
  for (const group of groups) {
    const items = group.querySelectorAll("[data-member-municipalities]");
    const visible = [...items].filter((item) => !item.hidden).length;
    total += visible;
    group.hidden = visible === 0;
    const type = group.dataset.memberGroup;
    for (const count of document.querySelectorAll(`[data-member-count="${type}"]`)) {
      count.textContent = String(visible);
    }
    for (const jump of document.querySelectorAll(`[data-member-jump="${type}"]`)) {
      jump.hidden = visible === 0;
    }
  }
  return total;
}

function init(container) {
  const groups = [...document.querySelectorAll("[data-member-group]")];
  const links = [...container.querySelectorAll("a[data-code]")];
  const control = document.createElement("p");
  control.className = "uudi-member-filter__control";
  const label = document.createElement("label");
  label.htmlFor = "member-filter-select";
  label.textContent = container.dataset.label;
  const select = document.createElement("select");
  select.id = "member-filter-select";
  select.className = "uudi-member-filter__select";
  select.add(new Option(container.dataset.allLabel, ""));
  for (const link of links) {
    select.add(new Option(link.textContent, link.dataset.code));
  }
  const status = document.createElement("p");
  status.className = "uudi-member-filter__status";
  status.setAttribute("role", "status");
  control.append(label, " ", select);
  container.querySelector("h2").after(control, status);

  select.addEventListener("change", () => {
    const code = select.value;
    for (const item of document.querySelectorAll("[data-member-municipalities]")) {
      item.hidden = code !== "" && !item.dataset.memberMunicipalities.split(" ").includes(code);
    }
    const total = updateCounts(groups);
    status.textContent = code === "" ? "" : container.dataset.status.replace("{count}", String(total));
  });
}

if (root) {
  init(root);
}
