/**
 * The interpersonal circle, element by element: ties, nodes, labels, the centre, the legend,
 * the size of the picture, the highlight and the description.
 */
import {
  CIRCLE_LABELS,
  DEFAULT_MODEL,
  DEFAULT_PARAMS,
  type Formulation,
  formulate,
} from "ipt-formulation";
import { renderInterpersonalCircle } from "ipt-formulation/svg";
import { describe, expect, it } from "vitest";
import { layoutCircle } from "../../src/svg/internal/circleLayout.js";
import { num } from "../../src/svg/internal/xml.js";
import { crowdCase, decodeOrThrow, friend, miniCase, SAMPLES } from "./fixtures.js";
import { all, cls, dataId, legendLabels, named, nums, one, titleAndDesc } from "./query.js";
import { textContent, type XmlElement } from "./xml.js";

const sample = (file: string) => SAMPLES.find((s) => s.file === file) as (typeof SAMPLES)[number];
const person = (svg: string, id: string): XmlElement => one(svg, dataId(id));
const circles = (e: XmlElement) => all(e, named("circle"));

describe("ties to the centre", () => {
  /** The tie lines of the one person of a case with two people (so the tie is not axis-aligned). */
  const ties = (fields: Parameters<typeof friend>[1]) => {
    const svg = renderInterpersonalCircle(miniCase([friend("a", fields), friend("b")]));
    const node = circles(person(svg, "a"))[0] as XmlElement;
    const [x, y] = nums(node, "cx", "cy") as [number, number];
    const lines = all(one(svg, cls("ipt-ties")), named("line")).filter((l) => {
      // The lines of "a" point at a's node.
      const [x2, y2] = nums(l, "x2", "y2") as [number, number];
      return Math.hypot(x2 - x, y2 - y) < 12;
    });
    return { x, y, lines };
  };
  /** How far a line is shifted sideways from the ray from the centre to (x, y), and its ends' radii. */
  const geometry = (l: XmlElement, x: number, y: number) => {
    const [x1, y1, x2, y2] = nums(l, "x1", "y1", "x2", "y2") as [number, number, number, number];
    const d = Math.hypot(x, y);
    const [ux, uy] = [x / d, y / d];
    // To 0.1: the picture rounds every coordinate to 0.01.
    const r = (v: number) => Math.round(v * 10) / 10 + 0;
    return {
      side: r(-uy * x1 + ux * y1),
      sideEnd: r(-uy * x2 + ux * y2),
      from: r(ux * x1 + uy * y1),
      to: r(ux * x2 + uy * y2),
    };
  };

  it("support alone: one solid line from the centre's edge to the node's, 1 + 0.75 × support wide", () => {
    const { x, y, lines } = ties({ support: 4 });
    expect(lines.map((l) => l.attrs.class)).toEqual(["ipt-support"]);
    const l = lines[0] as XmlElement;
    expect(l.attrs["stroke-width"]).toBe("4");
    expect(l.attrs["stroke-dasharray"]).toBeUndefined();
    expect(l.attrs.stroke).toBe("#009E73");
    expect(geometry(l, x, y)).toEqual({
      side: 0,
      sideEnd: 0,
      from: 30,
      to: 91,
    });
  });

  it("conflict alone: one dashed line", () => {
    const { lines } = ties({ conflict: 2 });
    expect(
      lines.map((l) => [l.attrs.class, l.attrs["stroke-width"], l.attrs["stroke-dasharray"]]),
    ).toEqual([["ipt-conflict", "2.5", "6 3"]]);
  });

  it("both: two parallel lines 5 apart, support on one side and conflict on the other", () => {
    const { x, y, lines } = ties({ support: 1, conflict: 3 });
    expect(lines.map((l) => [l.attrs.class, l.attrs["stroke-width"]])).toEqual([
      ["ipt-support", "1.75"],
      ["ipt-conflict", "3.25"],
    ]);
    const [s, c] = lines.map((l) => geometry(l, x, y));
    expect(s).toEqual({ side: 2.5, sideEnd: 2.5, from: 30, to: 91 });
    expect(c).toEqual({ side: -2.5, sideEnd: -2.5, from: 30, to: 91 });
  });

  it("neither (0 or unrated): one thin dotted line", () => {
    for (const fields of [{}, { support: 0 as const, conflict: 0 as const }]) {
      const { lines } = ties(fields);
      expect(
        lines.map((l) => [l.attrs.class, l.attrs["stroke-width"], l.attrs["stroke-dasharray"]]),
      ).toEqual([["ipt-unrated", "1", "2 3"]]);
    }
  });
});

describe("nodes", () => {
  const node = (status: "active" | "estranged" | "ended" | "deceased") => {
    const svg = renderInterpersonalCircle(miniCase([friend("a", { status })]));
    return person(svg, "a");
  };

  it("an active person: a plain node of radius 9 at the top, with the label above it", () => {
    const p = node("active");
    expect(circles(p).map((c) => [c.attrs.class, c.attrs.cx, c.attrs.cy, c.attrs.r])).toEqual([
      ["ipt-node ipt-outline", "0", "-100", "9"],
    ]);
    const c = circles(p)[0] as XmlElement;
    expect([c.attrs["stroke-width"], c.attrs["stroke-dasharray"]]).toEqual(["1.5", undefined]);
    const label = one(p, named("text"));
    expect(label.attrs).toEqual({
      class: "ipt-text ipt-halo",
      fill: "#1A1A1A",
      stroke: "#FFFFFF",
      x: "0",
      y: "-118.84",
      "font-size": "12",
      "text-anchor": "middle",
      "stroke-width": "3",
      "paint-order": "stroke",
      "stroke-linejoin": "round",
    });
    expect(textContent(label)).toBe("A");
    expect(all(p, named("path"))).toEqual([]);
  });

  it("estranged: a dashed outline", () => {
    expect(circles(node("estranged"))[0]?.attrs["stroke-dasharray"]).toBe("3 2");
  });

  it("ended: a grey node and a muted label", () => {
    const p = node("ended");
    expect(circles(p)[0]?.attrs.class).toBe("ipt-ended ipt-ended-outline");
    expect(one(p, named("text")).attrs.class).toBe("ipt-muted ipt-halo");
  });

  it("deceased: a cross over the node", () => {
    const p = node("deceased");
    const cross = one(p, named("path"));
    expect(cross.attrs).toMatchObject({
      class: "ipt-line",
      d: "M-6.3 -106.3L6.3 -93.7M-6.3 -93.7L6.3 -106.3",
      "stroke-width": "1.5",
      fill: "none",
    });
    expect(circles(p)[0]?.attrs.class).toBe("ipt-node ipt-outline");
  });

  it("the tooltip says when a rating is missing", () => {
    expect(textContent(one(node("active"), named("title")))).toBe(
      "A: friend, inner circle, active; support not rated, conflict not rated",
    );
  });

  it("the tooltip names the role, circle, status and ratings", () => {
    const svg = renderInterpersonalCircle(
      miniCase([
        friend("a", {
          label: "Ann",
          role: "sibling",
          circle: "outer",
          status: "estranged",
          support: 0,
          conflict: 4,
        }),
      ]),
    );
    expect(textContent(one(person(svg, "a"), named("title")))).toBe(
      "Ann: sibling, outer circle, estranged; support 0/4, conflict 4/4",
    );
  });
});

describe("rings, captions and the centre", () => {
  const svg = renderInterpersonalCircle(miniCase([]), { centerLabel: "Me" });

  it("draws three rings and their captions at the bottom of each", () => {
    const g = one(svg, cls("ipt-rings"));
    expect(
      all(g, named("circle")).map((c) => [
        c.attrs.r,
        c.attrs.fill,
        c.attrs["stroke-width"],
        c.attrs.class,
      ]),
    ).toEqual([
      ["100", "none", "1", "ipt-ring"],
      ["185", "none", "1", "ipt-ring"],
      ["270", "none", "1", "ipt-ring"],
    ]);
    expect(
      all(g, named("text")).map((t) => [
        textContent(t),
        t.attrs.x,
        t.attrs.y,
        t.attrs["font-size"],
        t.attrs["text-anchor"],
        t.attrs.class,
      ]),
    ).toEqual([
      ["Inner circle", "0", "95", "10", "middle", "ipt-muted"],
      ["Middle circle", "0", "180", "10", "middle", "ipt-muted"],
      ["Outer circle", "0", "265", "10", "middle", "ipt-muted"],
    ]);
  });

  it("puts the patient at the centre, with the given label in bold", () => {
    const g = one(svg, cls("ipt-centre"));
    expect(one(g, named("circle")).attrs).toMatchObject({
      class: "ipt-node ipt-outline",
      cx: "0",
      cy: "0",
      r: "30",
      "stroke-width": "2",
    });
    const t = one(g, named("text"));
    expect(t.attrs).toMatchObject({
      x: "0",
      y: "4.2",
      "font-weight": "bold",
      "text-anchor": "middle",
    });
    expect(textContent(t)).toBe("Me");
    expect(textContent(one(renderInterpersonalCircle(miniCase([])), cls("ipt-centre")))).toBe(
      "Patient",
    );
  });

  it("an empty inventory with no formulation has no legend and a square picture", () => {
    expect(legendLabels(svg)).toEqual([]);
    expect(one(svg, named("svg")).attrs.viewBox).toBe("-282 -282 564 564");
  });
});

describe("the legend and the size of the picture", () => {
  it("lists only what the picture shows", () => {
    const legend = (rs: Parameters<typeof miniCase>[0]) =>
      legendLabels(renderInterpersonalCircle(miniCase(rs)));
    expect(legend([friend("a", { support: 2, conflict: 3 })])).toEqual([
      "Support (thicker: more)",
      "Conflict (thicker: more)",
    ]);
    expect(legend([friend("a", { support: 1 })])).toEqual(["Support (thicker: more)"]);
    expect(legend([friend("a", { conflict: 1, status: "ended" })])).toEqual([
      "Conflict (thicker: more)",
      "Ended",
    ]);
    expect(
      legend([
        friend("a", { support: 0, status: "estranged" }),
        friend("b", { status: "deceased" }),
      ]),
    ).toEqual(["No support or conflict rated", "Estranged", "Deceased"]);
  });

  it("draws each legend swatch as the picture draws the thing itself", () => {
    const svg = renderInterpersonalCircle(
      miniCase([friend("a", { support: 2, conflict: 3 }), friend("b", { status: "estranged" })]),
    );
    const g = one(svg, cls("ipt-legend"));
    expect(
      all(g, named("line")).map((l) => {
        const [x1, x2, y1, y2] = nums(l, "x1", "x2", "y1", "y2") as number[];
        return [
          l.attrs.class,
          (x2 as number) - (x1 as number),
          y1 === y2,
          l.attrs["stroke-width"],
          l.attrs["stroke-dasharray"],
        ];
      }),
    ).toEqual([
      ["ipt-support", 22, true, "2.5", undefined],
      ["ipt-conflict", 22, true, "2.5", "6 3"],
      ["ipt-unrated", 22, true, "1", "2 3"],
    ]);
    const estranged = one(g, (e) => e.name === "circle");
    const label = all(g, named("text")).find((t) => textContent(t) === "Estranged") as XmlElement;
    expect(estranged.attrs["stroke-dasharray"]).toBe("3 2");
    // The swatch is centred in its 22-unit cell, 6 units before its label.
    expect(Number(label.attrs.x) - Number(estranged.attrs.cx)).toBeCloseTo(17, 6);
  });

  it("is as wide as the circle plus padding, and as tall as the circle, legend and padding", () => {
    const svg = renderInterpersonalCircle(miniCase([friend("a", { support: 2 })]));
    // 540 for the circle, 16 + 20 for one legend row, 12 of padding all round.
    expect(one(svg, named("svg")).attrs.viewBox).toBe("-282 -282 564 600");
    const legend = one(svg, cls("ipt-legend"));
    expect(nums(all(legend, named("line"))[0] as XmlElement, "x1", "y1")).toEqual([-270, 296]);
  });
});

describe("leader lines", () => {
  it("none when labels sit next to their nodes; one per person, node to column, in columns mode", () => {
    const near = renderInterpersonalCircle(miniCase([friend("a"), friend("b")]));
    expect(all(near, named("polyline"))).toEqual([]);
    const c = decodeOrThrow(crowdCase(41));
    const svg = renderInterpersonalCircle(c);
    const lines = all(one(svg, cls("ipt-ties")), named("polyline"));
    expect(lines).toHaveLength(41);
    const layout = layoutCircle(c.relationships, {
      maxLabelWidth: 150,
      centerLabel: "Patient",
      captions: CIRCLE_LABELS,
    });
    expect(lines.map((l) => l.attrs.points)).toEqual(
      layout.people.map((p) => (p.leader ?? []).map(([x, y]) => `${num(x)},${num(y)}`).join(" ")),
    );
    for (const l of lines)
      expect(l.attrs).toMatchObject({ class: "ipt-leader", fill: "none", "stroke-width": "0.75" });
  });
});

describe("highlights", () => {
  const closeCall = sample("divorce-dispute-and-transition.json");
  const f = closeCall.formulation;
  const litClasses = (svg: string, id: string) =>
    circles(person(svg, id)).map((c) => c.attrs.class);

  it("primary: people tied to the primary area, filled and ringed in its colour", () => {
    const svg = renderInterpersonalCircle(closeCall.case, { formulation: f, highlight: "primary" });
    const primary = f.focus.primary;
    expect(litClasses(svg, "ex")).toEqual([
      `ipt-stroke-${primary}`,
      `ipt-fill-${primary} ipt-outline`,
    ]);
    const halo = circles(person(svg, "ex"))[0] as XmlElement;
    expect(halo.attrs).toMatchObject({ r: "12", fill: "none", "stroke-width": "2" });
    expect(legendLabels(svg)).toContain("Tied to role transition (primary focus)");
    expect(legendLabels(svg).some((l) => l.includes("secondary"))).toBe(false);
    expect(titleAndDesc(svg)[1]).toContain("Highlighted as tied to the focus: Ex-wife.");
  });

  it.each([
    ["focus", { highlight: "focus" }],
    ["the default", {}],
  ] as const)(
    "%s: a person tied to both areas is filled with the primary's colour and ringed with the secondary's",
    (_, highlight) => {
      const svg = renderInterpersonalCircle(closeCall.case, {
        formulation: f,
        tradition: "who-group",
        ...highlight,
      });
      expect(litClasses(svg, "ex")).toEqual([
        `ipt-stroke-${f.focus.secondary}`,
        `ipt-fill-${f.focus.primary} ipt-outline`,
      ]);
      expect(legendLabels(svg).slice(-2)).toEqual([
        "Tied to life changes (primary focus)",
        "Tied to disputes (secondary focus)",
      ]);
    },
  );

  /** The close-call formulation with its people's links replaced. */
  const withPeople = (people: Formulation["people"]): Formulation => ({ ...f, people });

  it("focus: a person tied only to the secondary area is filled and ringed in its colour", () => {
    const svg = renderInterpersonalCircle(closeCall.case, {
      highlight: "focus",
      formulation: withPeople([
        { id: "friend", areas: [{ area: "role-dispute", weight: 0.5, rules: [] }] },
      ]),
    });
    expect(litClasses(svg, "friend")).toEqual([
      "ipt-stroke-role-dispute",
      "ipt-fill-role-dispute ipt-outline",
    ]);
    expect(litClasses(svg, "ex")).toEqual(["ipt-node ipt-outline"]);
    expect(legendLabels(svg).slice(-1)).toEqual(["Tied to role dispute (secondary focus)"]);
    expect(titleAndDesc(svg)[1]).toContain("Highlighted as tied to the focus: Friend.");
  });

  it("an area with weight 0 highlights nobody", () => {
    const none = renderInterpersonalCircle(closeCall.case, {
      formulation: withPeople([
        { id: "ex", areas: [{ area: "role-transition", weight: 0, rules: [] }] },
      ]),
    });
    expect(litClasses(none, "ex")).toEqual(["ipt-node ipt-outline"]);
    expect(titleAndDesc(none)[1]).toContain("Highlighted as tied to the focus: none.");
    // Someone the formulation names but the case does not is named by id.
    const ghost = renderInterpersonalCircle(closeCall.case, {
      formulation: withPeople([
        { id: "ghost", areas: [{ area: "role-transition", weight: 1, rules: [] }] },
      ]),
    });
    expect(titleAndDesc(ghost)[1]).toContain("Highlighted as tied to the focus: ghost.");
  });

  /** The signs of a node's status: a dashed outline, a grey fill, a cross. */
  const signs = (node: XmlElement) => {
    const shapes = circles(node);
    const own = shapes[shapes.length - 1] as XmlElement;
    return {
      dashed: own.attrs["stroke-dasharray"] === "3 2",
      grey: (own.attrs.class ?? "").split(" ").includes("ipt-ended"),
      crossed: all(node, named("path")).length === 1,
    };
  };
  /** One person of `status`, lit for grief (or not). */
  const litPerson = (status: "active" | "estranged" | "ended" | "deceased", lit: boolean) => {
    const c = miniCase([friend("a", { status })]);
    const people = lit
      ? [{ id: "a", areas: [{ area: "grief" as const, weight: 1, rules: [] }] }]
      : [];
    return person(
      renderInterpersonalCircle(c, {
        formulation: { ...formulate(c), focus: { primary: "grief" }, people },
      }),
      "a",
    );
  };

  it.each([
    ["active", { dashed: false, grey: false, crossed: false }, "ipt-fill-grief ipt-outline"],
    ["estranged", { dashed: true, grey: false, crossed: false }, "ipt-fill-grief ipt-outline"],
    ["ended", { dashed: false, grey: true, crossed: false }, "ipt-ended ipt-stroke-grief"],
    ["deceased", { dashed: false, grey: false, crossed: true }, "ipt-fill-grief ipt-outline"],
  ] as const)(
    "a highlighted %s person still shows the status, and the highlight",
    (status, sign, node) => {
      const unlit = litPerson(status, false);
      const lit = litPerson(status, true);
      expect(signs(unlit)).toEqual(sign);
      expect(signs(lit)).toEqual(sign);
      const [ring, own] = circles(lit) as [XmlElement, XmlElement];
      expect(ring.attrs).toMatchObject({ class: "ipt-stroke-grief", r: "12", fill: "none" });
      expect(own.attrs.class).toBe(node);
      // An estranged person's ring is dashed like the outline, so the dash shows around the fill.
      expect(ring.attrs["stroke-dasharray"]).toBe(sign.dashed ? "3 2" : undefined);
      expect(circles(unlit).length).toBe(1);
    },
  );

  it("none: nobody is lit and the description does not mention it", () => {
    const svg = renderInterpersonalCircle(closeCall.case, { formulation: f, highlight: "none" });
    expect(litClasses(svg, "ex")).toEqual(["ipt-node ipt-outline"]);
    expect(titleAndDesc(svg)[1]).not.toContain("Highlighted");
    expect(legendLabels(svg).some((l) => l.startsWith("Tied to"))).toBe(false);
  });
});

describe("title and description", () => {
  it("counts people and active ties, lists each ring with statuses, and the ties by rating", () => {
    const svg = renderInterpersonalCircle(
      miniCase([
        friend("a", { label: "Ann", support: 3, conflict: 2 }),
        friend("b", { label: "Bo", circle: "outer", status: "estranged", support: 2, conflict: 1 }),
      ]),
    );
    expect(titleAndDesc(svg)).toEqual([
      "Interpersonal circle of case t",
      "2 people around the patient; 1 active. Inner circle: Ann. Middle circle: nobody. " +
        "Outer circle: Bo (estranged). Supportive ties (support 3 or more): Ann. " +
        "Conflictual ties (conflict 2 or more): Ann. Changed near the onset: none.",
    ]);
  });

  it("says 1 person, and names a case without an id plainly; a given title wins", () => {
    const c = miniCase([friend("a")], [], { id: undefined });
    const [title, desc] = titleAndDesc(renderInterpersonalCircle(c));
    expect(title).toBe("Interpersonal circle");
    expect(desc.startsWith("1 person around the patient; 1 active.")).toBe(true);
    expect(titleAndDesc(renderInterpersonalCircle(c, { title: "Mine" }))[0]).toBe("Mine");
  });

  it("uses the given model's onset window for who changed near the onset", () => {
    const grief = sample("grief-mother.json");
    const narrow = {
      ...DEFAULT_MODEL,
      params: {
        ...DEFAULT_PARAMS,
        kernel: { plateauMonths: 0, halfLifeBeforeMonths: 0.5, halfLifeAfterMonths: 0.5 },
      },
    };
    expect(titleAndDesc(renderInterpersonalCircle(grief.case))[1]).toContain(
      "Changed near the onset: Mother.",
    );
    expect(titleAndDesc(renderInterpersonalCircle(grief.case, { model: narrow }))[1]).toContain(
      "Changed near the onset: none.",
    );
  });
});
