/** displayLabelOf: a display name by relationship id, or the stored label. */
import { type DisplayLabels, displayLabelOf } from "ipt-formulation";
import { describe, expect, it } from "vitest";

const asMap: DisplayLabels = new Map([
  ["mother", "Ana Souza"],
  ["blank", ""],
]);
const asRecord: DisplayLabels = { mother: "Ana Souza", blank: "" };

describe("displayLabelOf", () => {
  it.each([
    ["a Map", asMap],
    ["a record", asRecord],
  ])("with %s: the name for a named id, the stored label otherwise", (_, names) => {
    expect(displayLabelOf(names, "mother", "Mother")).toBe("Ana Souza");
    expect(displayLabelOf(names, "husband", "Husband")).toBe("Husband");
    expect(displayLabelOf(names, "blank", "Friend J.")).toBe("Friend J.");
    expect(displayLabelOf(names, "Mother", "Mother (other id)")).toBe("Mother (other id)");
  });

  it.each(["toString", "__proto__", "constructor", "hasOwnProperty", "get"])(
    "a record's inherited property %s is no name",
    (id) => {
      expect(displayLabelOf({ mother: "Ana Souza" }, id, "Stored")).toBe("Stored");
    },
  );

  it("a record may name an id `get`; without names the stored label", () => {
    expect(displayLabelOf({ get: "Gertrude" }, "get", "Friend G.")).toBe("Gertrude");
    expect(displayLabelOf(undefined, "mother", "Mother")).toBe("Mother");
    expect(displayLabelOf({}, "mother", "Mother")).toBe("Mother");
    expect(displayLabelOf(new Map(), "mother", "Mother")).toBe("Mother");
  });

  it("the TSDoc examples", () => {
    expect(displayLabelOf({ mother: "Ana Souza" }, "mother", "Mother")).toBe("Ana Souza");
    expect(displayLabelOf(new Map([["mother", "Ana Souza"]]), "husband", "Husband")).toBe(
      "Husband",
    );
  });
});
