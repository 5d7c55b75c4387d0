// The browser example: the library's standalone ES module bundle (zod and fp-ts inside, no
// Node built-ins), used directly by a page with no build step. Serve the repository root
// over HTTP (ES modules do not load from file://) and open /examples/browser/.
import {
  decodeCase,
  explainFormulation,
  formulate,
  problemAreaLabel,
  renderFocusChart,
  renderInterpersonalCircle,
  renderTimeline,
  summarizeInventory,
} from "../../dist/ipt-formulation.browser.js";
import { SAMPLES } from "./samples.js";

const $ = (id) => document.getElementById(id);
const sample = $("sample");
const input = $("case-json");

for (const s of SAMPLES) {
  const option = document.createElement("option");
  option.value = s.name;
  option.textContent = s.name;
  sample.append(option);
}

const item = (text) => {
  const li = document.createElement("li");
  li.textContent = text;
  return li;
};

const showErrors = (title, lines) => {
  const box = $("errors");
  box.replaceChildren();
  if (lines.length === 0) return;
  const h = document.createElement("h2");
  h.textContent = title;
  const ul = document.createElement("ul");
  ul.append(...lines.map(item));
  box.append(h, ul);
  $("result").hidden = true;
};

const show = (text) => {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    showErrors("Not JSON", ["The text is not valid JSON."]);
    return;
  }
  const decoded = decodeCase(json);
  if (decoded._tag === "Left") {
    // Errors are data: each with a path and a stable code (messages never repeat the input).
    showErrors(
      "The case could not be read",
      decoded.left.issues.map((i) => `${i.path === "" ? "(case)" : i.path}: ${i.code}`),
    );
    return;
  }
  showErrors("", []);
  const c = decoded.right;
  const f = formulate(c);
  const focus = $("focus");
  focus.textContent =
    problemAreaLabel(f.focus.primary) +
    (f.focus.secondary === undefined ? "" : `, then ${problemAreaLabel(f.focus.secondary)}`);
  focus.dataset.primary = f.focus.primary;
  $("flags").replaceChildren(
    ...f.flags.map((flag) => item(`${flag.severity.toUpperCase()} ${flag.code}: ${flag.message}`)),
  );
  $("areas").replaceChildren(
    ...f.areas.map((a) => {
      const tr = document.createElement("tr");
      for (const v of [String(a.rank), problemAreaLabel(a.area), a.score.toFixed(2)]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.append(td);
      }
      return tr;
    }),
  );
  const s = summarizeInventory(c);
  $("inventory").textContent =
    `Network: ${s.networkSize} active of ${s.total}; supportive ${s.supportive.length}, ` +
    `conflictual ${s.conflictual.length}; changed near onset: ${s.changedNearOnset.length}.`;
  // The pictures are strings of escaped, well-formed SVG, safe to insert as markup.
  $("circle").innerHTML = renderInterpersonalCircle(c, { formulation: f });
  $("chart").innerHTML = renderFocusChart(f);
  $("timeline").innerHTML = renderTimeline(c, f);
  $("explain").textContent = explainFormulation(f);
  $("result").hidden = false;
};

const pick = () => {
  const s = SAMPLES.find((x) => x.name === sample.value) ?? SAMPLES[0];
  input.value = JSON.stringify(s.case, null, 2);
  show(input.value);
};

sample.addEventListener("change", pick);
$("formulate").addEventListener("click", () => show(input.value));
pick();
document.documentElement.dataset.ready = "true";
