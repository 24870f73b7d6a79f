// Instant filters on the upcoming events list. Without JavaScript the filter links lead to a page
// per audience and per way of taking part; this adds two selects that filter the list in place.
// Texts come from data attributes on the [data-module="event-filter"] element.

const root = document.querySelector('[data-module="event-filter"]');

function makeSelect(id, labelText, options) {
  const wrapper = document.createElement("span");
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = labelText;
  const select = document.createElement("select");
  select.id = id;
  select.className = "uudi-event-filter__select";
  for (const [value, text] of options) {
    select.add(new Option(text, value));
  }
  wrapper.append(label, " ", select);
  return [wrapper, select];
}

function matches(item, audience, attendance) {
  const audiences = item.dataset.eventAudiences.split(" ");
  const mode = item.dataset.eventAttendance;
  const audienceOk = audience === "" || audiences.includes(audience);
  const attendanceOk = attendance === "" || mode === attendance || mode === "mixed";
  return audienceOk && attendanceOk;
}

function init(container) {
  const data = container.dataset;
  const audienceOptions = [["", data.allLabel]];
  for (const link of container.querySelectorAll("a[data-audience]")) {
    audienceOptions.push([link.dataset.audience, link.textContent]);
  }
  const [audienceControl, audienceSelect] = makeSelect("event-filter-audience", data.audienceLabel, audienceOptions);
  const [attendanceControl, attendanceSelect] = makeSelect("event-filter-attendance", data.attendanceLabel, [
    ["", data.allLabel],
    ["online", data.onlineLabel],
    ["on-site", data.onSiteLabel],
  ]);
  const control = document.createElement("p");
  control.className = "uudi-event-filter__control";
  control.append(audienceControl, attendanceControl);
  const status = document.createElement("p");
  status.className = "uudi-event-filter__status";
  status.setAttribute("role", "status");
  container.querySelector("h2").after(control, status);

  function update() {
    const audience = audienceSelect.value;
    const attendance = attendanceSelect.value;
    let total = 0;
    for (const month of document.querySelectorAll("[data-event-month]")) {
      let visible = 0;
      for (const item of month.querySelectorAll("[data-event-audiences]")) {
        item.hidden = !matches(item, audience, attendance);
        visible += item.hidden ? 0 : 1;
      }
      month.hidden = visible === 0;
      total += visible;
    }
    const filtered = audience !== "" || attendance !== "";
    status.textContent = filtered ? data.status.replace("{count}", String(total)) : "";
  }

  audienceSelect.addEventListener("change", update);
  attendanceSelect.addEventListener("change", update);
}

if (root) {
  init(root);
}
