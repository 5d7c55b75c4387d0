import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeCase, formulate } from "ipt-formulation";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, hasStack, prepareCli, ROOT, removeCli } from "./support.js";

const fixture = (name: string): string => join(ROOT, "tests", "fixtures", `${name}.json`);
let dir = "";

beforeAll(() => {
  prepareCli();
  dir = mkdtempSync(join(tmpdir(), "ipt-cli-render-"));
});
afterAll(() => {
  removeCli();
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent("render", () => {
  const d = decodeCase(JSON.parse(readFileSync(fixture("divorce-dispute-and-transition"), "utf8")));
  if (d._tag === "Left") throw new Error("fixture");
  const f = formulate(d.right);

  it("writes each picture as the library renders it, to stdout or --out", async () => {
    const circle = await cli(["render", "circle", fixture("divorce-dispute-and-transition")]);
    expect(circle.code).toBe(0);
    expect(circle.stdout).toBe(`${renderInterpersonalCircle(d.right, { formulation: f })}\n`);
    const out = join(dir, "timeline.svg");
    const timeline = await cli([
      "render",
      "timeline",
      fixture("divorce-dispute-and-transition"),
      "--out",
      out,
    ]);
    expect(timeline.code).toBe(0);
    expect(timeline.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(`${renderTimeline(d.right, f)}\n`);
    const chart = await cli(
      ["render", "chart", "-"],
      readFileSync(fixture("divorce-dispute-and-transition"), "utf8"),
    );
    expect(chart.stdout).toBe(`${renderFocusChart(f)}\n`);
  });

  it("highlights as the library does by default (both focus areas), or as --highlight says", async () => {
    // The close call has a secondary focus, so the three choices draw three different circles.
    expect(f.focus.secondary).toBeDefined();
    const drawn = await Promise.all(
      [[], ["--highlight", "focus"], ["--highlight", "primary"], ["--highlight", "none"]].map(
        (more) => cli(["render", "circle", fixture("divorce-dispute-and-transition"), ...more]),
      ),
    );
    const [byDefault, focus, primary, none] = drawn.map((r) => r.stdout);
    const api = (o: Parameters<typeof renderInterpersonalCircle>[1]) =>
      `${renderInterpersonalCircle(d.right, { formulation: f, ...o })}\n`;
    expect(byDefault).toBe(api({}));
    expect(byDefault).toBe(api({ highlight: "focus" }));
    expect(focus).toBe(api({ highlight: "focus" }));
    expect(primary).toBe(api({ highlight: "primary" }));
    expect(none).toBe(api({ highlight: "none" }));
    expect(new Set([byDefault, primary, none]).size).toBe(3);
  });

  it("an unknown picture or highlight is a usage error (exit 2); a missing file exit 3; no stack", async () => {
    const bad = await cli(["render", "pie", fixture("grief-mother")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("circle, timeline, chart");
    const hl = await cli(["render", "circle", fixture("grief-mother"), "--highlight", "all"]);
    expect(hl.code).toBe(2);
    const missing = await cli(["render", "chart", join(dir, "nope.json")]);
    expect(missing.code).toBe(3);
    for (const r of [bad, hl, missing]) expect(hasStack(r.stderr)).toBe(false);
  });

  it("an invalid case is exit 1 with paths and codes, never an input value", async () => {
    const r = await cli(
      ["render", "circle", "-"],
      JSON.stringify({
        format: "ipt-case/1",
        assessedOn: "2026-01-01",
        episode: {},
        relationships: [
          { id: "x", label: "SECRET-NAME", role: "lover", circle: "inner", status: "active" },
        ],
        lifeEvents: [],
      }),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("relationships[0].role");
    expect(r.stderr).not.toContain("SECRET-NAME");
    expect(r.stderr).not.toContain("lover");
  });
});
