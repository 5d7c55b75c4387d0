/**
 * docs/intake.md, "Controls from the descriptors": the guide's snippet as it is printed there
 * (the region below; tests/docs/snippets.test.ts fails when the two differ), then what its
 * comments state, checked, and every descriptor of the format given a control or left to the
 * app as the snippet says. Run with the other examples (`npm run examples`) and in the test
 * suite.
 */
import assert from "node:assert/strict";
// #region snippet
import { type IntakeField, intakeFields } from "ipt-formulation/intake";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The control of one field from its descriptor, named as the form names it ("people[0].circle"). */
function control(f: IntakeField, name: string): string {
  const options = f.options ?? [];
  const choice = (type: "radio" | "checkbox") =>
    options
      .map(
        (o) =>
          `<label><input type="${type}" name="${name}" value="${esc(String(o.value))}"> ${esc(o.label)}</label>`,
      )
      .join("\n");
  switch (f.control) {
    case "radio":
      return choice("radio");
    case "checkbox-set":
      return choice("checkbox");
    case "select": // a blank first option: an unanswered select is left out
      return [
        `<select name="${name}"><option value=""></option>`,
        ...options.map((o) => `<option value="${esc(String(o.value))}">${esc(o.label)}</option>`),
        "</select>",
      ].join("\n");
    case "month": // YYYY-MM, a partial date as it is; a year alone is one too
    case "date":
    case "number":
      return `<input type="${f.control}" name="${name}"${f.min === undefined ? "" : ` min="${f.min}"`}>`;
    case "text":
      return `<input type="text" name="${name}" maxlength="${f.maxLength}">`;
    default: // hidden, id, item-list, group, repeat: the app's own (ids, the format, a measure's items, fieldsets)
      return "";
  }
}

const fields = intakeFields("es"); // or "en", the default
const circle = fields.find((f) => f.path === "relationships[].circle") as IntakeField;
const html = `<fieldset><legend>${esc(circle.label)}</legend>\n${control(circle, "people[0].circle")}\n</fieldset>`;
// <fieldset><legend>Cercanía</legend>
// <label><input type="radio" name="people[0].circle" value="inner"> Círculo interior</label>
// <label><input type="radio" name="people[0].circle" value="middle"> Círculo intermedio</label>
// <label><input type="radio" name="people[0].circle" value="outer"> Círculo exterior</label>
// </fieldset>
// #endregion snippet

// What the comment says, checked.
assert.equal(
  html,
  [
    "<fieldset><legend>Cercanía</legend>",
    '<label><input type="radio" name="people[0].circle" value="inner"> Círculo interior</label>',
    '<label><input type="radio" name="people[0].circle" value="middle"> Círculo intermedio</label>',
    '<label><input type="radio" name="people[0].circle" value="outer"> Círculo exterior</label>',
    "</fieldset>",
  ].join("\n"),
);

// Every field the clinician answers gets a control, but for references (below); only what the
// default branch names is left.
const left = intakeFields()
  .filter((f) => f.references === undefined && control(f, f.path) === "")
  .map((f) => f.control);
assert.deepEqual([...new Set(left)].sort(), ["group", "hidden", "id", "item-list", "repeat"]);
// A select's options are the label table's, after a blank one.
const role = intakeFields().find((f) => f.path === "relationships[].role") as IntakeField;
assert.ok(control(role, "r").includes('<option value="ex-partner">Former partner</option>'));
assert.ok(control(role, "r").startsWith('<select name="r"><option value=""></option>'));
// References (who an event names, which loss a measure is about) have no options: the app fills
// them from the case's own rows.
const who = intakeFields().find((f) => f.path === "lifeEvents[].relationshipIds") as IntakeField;
assert.equal(who.references, "relationships[].id");
assert.equal(control(who, "w"), "");
