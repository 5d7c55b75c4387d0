/**
 * remapIssues (ipt-formulation/intake): a refused case's, measure's or model's issues at the
 * app's own form fields (#15, item 3).
 */
import * as E from "fp-ts/lib/Either.js";
import { decodeCase } from "ipt-formulation";
import { remapIssues } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import { withRelationship } from "../io/helpers.js";

describe("remapIssues rewrites paths to an app's form fields", () => {
  const error = (() => {
    const input = {
      ...withRelationship("circle", "far"),
      episode: { onset: "someday" },
    };
    const r = decodeCase(input);
    if (E.isRight(r)) throw new Error("expected the case to be refused");
    return r.left;
  })();
  const paths = error.issues.map((i) => i.path);

  it("the error under test has the issues the table below expects", () => {
    expect(paths).toEqual(["episode.onset", "relationships[0].circle"]);
  });

  it.each<[string, Parameters<typeof remapIssues>[1], readonly string[]]>([
    ["an exact key", { "episode.onset": "onsetMonth" }, ["onsetMonth", "relationships[0].circle"]],
    [
      "a key with [] matches any index and fills the target's []",
      { "relationships[].circle": "people[].ring" },
      ["episode.onset", "people[0].ring"],
    ],
    [
      "a prefix key keeps the rest of the path",
      { relationships: "people", episode: "illness" },
      ["illness.onset", "people[0].circle"],
    ],
    [
      "a prefix key with [] keeps the rest of the path",
      { "relationships[]": "people[]" },
      ["episode.onset", "people[0].circle"],
    ],
    [
      "the longest key wins",
      { relationships: "people", "relationships[0].circle": "firstRing" },
      ["episode.onset", "firstRing"],
    ],
    [
      "an exact key wins over a [] key of the same length",
      { "relationships[].circle": "anyRing", "relationships[0].circle": "firstRing" },
      ["episode.onset", "firstRing"],
    ],
    [
      "a key that is only the start of a name does not match",
      { rel: "x", "episode.on": "y" },
      paths,
    ],
    [
      "a function, for another notation",
      (p: string) => p.replace(/\[(\d+)\]/g, ".$1").replace(/^relationships/, "people"),
      ["episode.onset", "people.0.circle"],
    ],
    ["a function that answers undefined keeps the path", () => undefined, paths],
  ])("%s", (_, map, expected) => {
    expect(remapIssues(error, map).issues.map((i) => i.path)).toEqual(expected);
  });

  it("keeps codes, messages, expectations, order and kind, and renames the summary's path", () => {
    const out = remapIssues(error, { "episode.onset": "onsetMonth" });
    expect(out.kind).toBe("case-error");
    expect(out.issues.map(({ path: _, ...rest }) => rest)).toEqual(
      error.issues.map(({ path: _, ...rest }) => rest),
    );
    expect(out.message).toBe(
      `2 issues in the case: onsetMonth ${error.issues[0].message} (and more)`,
    );
    expect(error.issues[0].path).toBe("episode.onset");
  });

  it("works on a measure's error and a scoring model's", async () => {
    const { scoreMeasure } = await import("ipt-formulation");
    const m = scoreMeasure({
      instrument: "phq-9",
      administeredOn: "2026-01",
      items: [9, 0, 0, 0, 0, 0, 0, 0, 0],
    });
    if (E.isRight(m)) throw new Error("expected a measure error");
    expect(remapIssues(m.left, { "items[]": "phq[]" }).issues[0].path).toBe("phq[0]");
    const { defineModel } = await import("ipt-formulation/scoring-model");
    const d = defineModel({ params: { closeness: { inner: 2 } } });
    if (E.isRight(d)) throw new Error("expected a model error");
    const mapped = remapIssues(d.left, { params: "settings" });
    expect(mapped.issues[0].path).toBe("settings.closeness.inner");
    expect(mapped.message).toContain("settings.closeness.inner must be at most 1");
  });
});
