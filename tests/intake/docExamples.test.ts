/** The `@example`s of the intake TSDoc, run as tests so they cannot drift. */
import { intakeFields } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";

describe("TSDoc examples", () => {
  it("intakeFields: the closeness question, with its options from CIRCLE_LABELS", () => {
    const circle = intakeFields().find((f) => f.path === "relationships[].circle");
    expect([circle?.control, circle?.options?.map((o) => o.label)]).toEqual([
      "radio",
      ["Inner circle", "Middle circle", "Outer circle"],
    ]);
  });

  it("intakeFields: in Spanish", () => {
    expect(
      intakeFields("es")
        .find((f) => f.path === "relationships[].status")
        ?.options?.map((o) => o.label),
    ).toEqual(["Activa", "Distanciada", "Terminada", "Ha fallecido"]);
  });

  it("intakeFields: which scoring rules read the onset", () => {
    expect(intakeFields().find((f) => f.path === "episode.onset")?.rules).toEqual([
      "grief.death-near-onset",
      "grief.unmourned-loss",
      "dispute.current-conflict",
      "dispute.separation-with-conflict",
      "transition.life-change",
      "transition.dispute-dissolution",
    ]);
  });

  it("intakeFields: only these must be answered", () => {
    expect(
      intakeFields()
        .filter((f) => f.required && !f.path.includes(".") && !f.path.includes("[]"))
        .map((f) => f.path),
    ).toEqual(["format", "assessedOn", "episode", "relationships", "lifeEvents"]);
  });
});
