import { formulate } from "ipt-formulation";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { decodeOrThrow } from "./fixtures.js";
import { overlappingTexts } from "./geometry.js";
import { elements, parseXml, textContent, type XmlElement } from "./xml.js";

/** Labels that try to break out of the markup, or out of XML altogether. */
const HOSTILE = [
  "</text><script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "&amp; &lt; & &#x3c; &unknown;",
  `He said "hi" and 'bye'`,
  "]]> <![CDATA[ x ]]>",
  "<!-- comment --> <?pi?>",
  "nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085 tab\t nl\n cr\r",
  "lone high \ud800 here",
  "lone low \udfff here",
  "ends high \udbff",
  "\ufffe\uffff non-characters",
  "x".repeat(80),
  "W".repeat(80),
  "👨‍👩‍👧 family 🎉 and 🏳️‍🌈",
  "\u202eright-to-left override",
  "e\u0301 combining, \u200d joiner",
  "中文名字 한국어 日本語",
] as const;

const hostileCase = () =>
  decodeOrThrow({
    format: "ipt-case/1",
    id: "</title><script>x</script>",
    assessedOn: "2026-01-20",
    episode: { onset: "2025-10" },
    relationships: HOSTILE.map((label, i) => ({
      id: i === 0 ? `"'<>&${i}` : `r${i}\u0000${label.slice(0, 20)}`,
      label,
      role: "friend",
      circle: (["inner", "middle", "outer"] as const)[i % 3],
      status: (["active", "estranged", "ended", "deceased"] as const)[i % 4],
      support: (i % 5) as 0 | 1 | 2 | 3 | 4,
      conflict: ((i * 2) % 5) as 0 | 1 | 2 | 3 | 4,
      conflictSince: "2025-09",
    })),
    lifeEvents: HOSTILE.map((_, i) => ({
      id: `e${i}<&>"'`,
      kind: i % 2 === 0 ? "death" : "job-loss",
      date: `2025-0${(i % 9) + 1}`,
      relationshipIds: [
        i === 0 ? `"'<>&${i}` : `r${i}\u0000${(HOSTILE[i] as string).slice(0, 20)}`,
      ],
    })),
  });

describe("hostile input renders as text, never markup", () => {
  const c = hostileCase();
  const f = formulate(c);
  const pictures = {
    circle: renderInterpersonalCircle(c, { formulation: f, highlight: "focus" }),
    circleWide: renderInterpersonalCircle(c, { maxLabelWidth: 2000 }),
    timeline: renderTimeline(c, f),
    focus: renderFocusChart(f),
  };

  for (const [name, svg] of Object.entries(pictures)) {
    it(`${name}: well-formed XML with no script element and no raw control character`, () => {
      const root = parseXml(svg);
      expect(elements(root).map((e) => e.name)).not.toContain("script");
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toContain("]]>");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
      expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(svg).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
      expect(overlappingTexts(root)).toEqual([]);
    });
  }

  it("labels come back as the same text (controls and lone surrogates replaced)", () => {
    const root = parseXml(pictures.circleWide);
    const texts = elements(root)
      .filter((e) => e.name === "text")
      .map((e) => textContent(e));
    expect(texts).toContain("</text><script>alert(1)</script>");
    expect(texts).toContain("&amp; &lt; & &#x3c; &unknown;");
    expect(texts).toContain(`He said "hi" and 'bye'`);
    expect(texts).toContain("]]> <![CDATA[ x ]]>");
    expect(texts).toContain("lone high \ufffd here");
    expect(texts).toContain("lone low \ufffd here");
    expect(texts).toContain("ends high \ufffd");
    expect(texts).toContain("\ufffd\ufffd non-characters");
    expect(texts).toContain("nul\ufffd bell\ufffd esc\ufffd del\ufffd nel\ufffd tab  nl  cr ");
    expect(texts).toContain("👨‍👩‍👧 family 🎉 and 🏳️‍🌈");
    expect(texts).toContain("x".repeat(80));
  });

  it("long labels are shortened with an ellipsis, at a code point, with the full label in the tooltip", () => {
    const root = parseXml(pictures.circle);
    const person = elements(root).find(
      (e) => e.attrs.class === "ipt-person" && textContent(e).includes("WWWW"),
    ) as XmlElement;
    const label = textContent(elements(person).find((e) => e.name === "text") as XmlElement);
    expect(label.endsWith("…")).toBe(true);
    expect(label.length).toBeLessThan(40);
    expect(textContent(person.children[0] as XmlElement)).toContain("W".repeat(80));
    const emoji = elements(root)
      .filter((e) => e.name === "text")
      .map(textContent)
      .find((t) => t.startsWith("👨"));
    expect(emoji).toBeDefined();
  });

  it("the case id and relationship ids are escaped in titles and attributes", () => {
    const root = parseXml(pictures.timeline);
    expect(textContent(root.children[0] as XmlElement)).toBe(
      "Timeline of life events of case </title><script>x</script>",
    );
    const ids = elements(parseXml(pictures.circle))
      .map((e) => e.attrs["data-id"])
      .filter((x) => x !== undefined);
    expect(ids).toContain(`"'<>&0`);
    expect(ids.some((id) => id.includes("\ufffd"))).toBe(true);
  });
});
