import { formulate } from "ipt-formulation";
import { renderFocusChart, renderInterpersonalCircle, renderTimeline } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { hostileCase } from "./fixtures.js";
import { overlappingTexts } from "./geometry.js";
import { elements, parseXml, textContent, type XmlElement } from "./xml.js";

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
