/** Display names (`displayLabels`) in the pictures: shown instead of the stored labels, escaped. */
import { type Case, type DisplayLabels, formulate } from "ipt-formulation";
import {
  type InterpersonalCircleOptions,
  renderInterpersonalCircle,
  renderTimeline,
  type TimelineOptions,
} from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { friend, HOSTILE, miniCase, SAMPLES } from "./fixtures.js";
import { overlappingTexts } from "./geometry.js";
import { all, named, titleAndDesc } from "./query.js";
import { parseXml, textContent } from "./xml.js";

/** Both pictures that show people, with the same display names. */
const pictures = (
  c: Case,
  more: InterpersonalCircleOptions & TimelineOptions = {},
): readonly [string, string] => {
  const f = formulate(c);
  return [
    renderInterpersonalCircle(c, { formulation: f, highlight: "focus", ...more }),
    renderTimeline(c, f, more),
  ];
};

/** A loss, a dispute and a transition, every stored label marked `STORED`. */
const stored = miniCase(
  [
    friend("mother", { label: "STORED mother", role: "parent", status: "deceased", support: 4 }),
    friend("husband", { label: "STORED husband", role: "spouse", conflict: 4, support: 1 }),
    friend("boss", { label: "STORED boss", role: "supervisor", circle: "outer", conflict: 2 }),
    friend("kim", { label: "STORED kim", circle: "middle", status: "estranged" }),
  ],
  [
    { id: "d", kind: "death", date: "2025-09-03", relationshipIds: ["mother"], distress: 4 },
    { id: "j", kind: "job-loss", date: "2025-08", relationshipIds: ["boss"], distress: 3 },
    { id: "mother", kind: "relocation", date: "2025-06", relationshipIds: ["husband", "kim"] },
  ],
  { episode: { onset: "2025-10" } },
);
const NAMES = {
  mother: "Ana Souza",
  husband: 'João <Pedro> & "Jo"',
  boss: "Mr O'Brien",
  kim: "Kim 🎉",
} as const;

describe("displayLabels in the pictures", () => {
  it.each([
    ["a record", NAMES as DisplayLabels],
    ["a Map", new Map(Object.entries(NAMES)) as DisplayLabels],
  ])("with %s: every person by display name, never by stored label", (_, displayLabels) => {
    for (const svg of pictures(stored, { displayLabels })) {
      expect(svg).not.toContain("STORED");
      const root = parseXml(svg);
      const text = textContent(root);
      for (const name of Object.values(NAMES)) expect(text).toContain(name);
      expect(svg).toContain("João &lt;Pedro&gt; &amp; &quot;Jo&quot;");
      expect(svg).not.toContain("<Pedro>");
      expect(overlappingTexts(root)).toEqual([]);
    }
  });

  it("names the people of each event in the timeline, and the circle's description", () => {
    const [circle, timeline] = pictures(stored, { displayLabels: NAMES });
    const [, timelineDesc] = titleAndDesc(timeline);
    expect(timelineDesc).toContain("2025-09-03: Death: Ana Souza");
    expect(timelineDesc).toContain('Move: João <Pedro> & "Jo", Kim 🎉');
    const [, circleDesc] = titleAndDesc(circle);
    expect(circleDesc).toContain('Inner circle: João <Pedro> & "Jo", Ana Souza (deceased).');
    expect(circleDesc).toContain("Middle circle: Kim 🎉 (estranged).");
  });

  it("a person without a display name keeps the stored label", () => {
    const [circle, timeline] = pictures(stored, { displayLabels: { mother: "Ana Souza" } });
    for (const svg of [circle, timeline]) {
      expect(svg).toContain("Ana Souza");
      expect(svg).not.toContain("STORED mother");
    }
    expect(circle).toContain("STORED husband");
    expect(timeline).toContain("STORED boss");
  });

  it("a long display name is shortened like a label, its full text in the tooltip", () => {
    const long = `Ana ${"Souza ".repeat(20)}`.trim();
    const [circle] = pictures(stored, { displayLabels: { mother: long } });
    const texts = all(circle, named("text")).map(textContent);
    expect(texts.some((t) => t.startsWith("Ana Souza") && t.endsWith("…"))).toBe(true);
    expect(all(circle, named("title")).map(textContent).join(" ")).toContain(long);
  });

  it.each(HOSTILE.map((h) => [h]))("a hostile display name is text, never markup: %j", (h) => {
    for (const svg of pictures(stored, { displayLabels: { mother: h, kim: h } })) {
      const root = parseXml(svg);
      expect(svg).not.toMatch(/<script/i);
      expect(overlappingTexts(root)).toEqual([]);
    }
  });
});

describe("without display names the pictures are unchanged", () => {
  const noNames: readonly [string, DisplayLabels | undefined][] = [
    ["undefined", undefined],
    ["an empty record", {}],
    ["an empty Map", new Map()],
    ["names of ids nobody has", { nobody: "X", "": "Y" }],
  ];
  describe.each(SAMPLES.map((s) => [s.file, s] as const))("sample %s", (_file, s) => {
    const plain = pictures(s.case);
    it.each(noNames)("displayLabels %s: the same bytes", (_, displayLabels) => {
      const more = displayLabels === undefined ? {} : { displayLabels };
      expect(pictures(s.case, more)).toEqual(plain);
    });
    it("display names equal to the stored labels: the same bytes", () => {
      const same = new Map(s.case.relationships.map((r) => [r.id, r.label]));
      expect(pictures(s.case, { displayLabels: same })).toEqual(plain);
    });
    it("an empty display name falls back to the stored label", () => {
      const empty = Object.fromEntries(s.case.relationships.map((r) => [r.id, ""]));
      expect(pictures(s.case, { displayLabels: empty })).toEqual(plain);
    });
  });
});
