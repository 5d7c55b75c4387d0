/**
 * `intakeFields` is generated from the case schema and the label tables: a descriptor for
 * every field of the zod schema and none other, required, allowed values, defaults, ranges,
 * lengths and date formats as the schema says, option labels from the label tables (and the
 * Spanish ones agreeing with the Spanish plan locale), the cross-field facts equal to the
 * decoder's rules, frozen, and nothing from the input echoed.
 */
import * as E from "fp-ts/lib/Either.js";
import {
  CaseSchema,
  CIRCLE_LABELS,
  CONDITION_LABELS,
  CONTACT_FREQUENCY_LABELS,
  DaySchema,
  DEFAULT_REGISTRY,
  DISPUTE_STAGE_LABELS,
  decodeCase,
  GRIEF_SIGN_LABELS,
  GRIEF_SIGNS,
  LIFE_EVENT_KIND_LABELS,
  LIFE_EVENT_KINDS,
  LOSS_EVENT_KINDS,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MEASURE_ITEMS,
  PartialDateSchema,
  POPULATION_LABELS,
  RELATIONSHIP_ROLE_LABELS,
  RELATIONSHIP_STATUS_LABELS,
  RULES,
  SCALE_LABELS,
} from "ipt-formulation";
import {
  INTAKE_CONTROLS,
  INTAKE_LOCALES,
  type IntakeField,
  type IntakePath,
  intakeFields,
} from "ipt-formulation/intake";
import { ES } from "ipt-formulation/plan/es";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { formToCase } from "./support.js";

/** A field of the zod schema: its path, whether it is required, and its node unwrapped. */
interface ZodField {
  readonly path: string;
  readonly required: boolean;
  readonly node: z.ZodType;
  readonly default?: unknown;
}

/** Every field of a zod object shape, depth first, as the decoder's schema defines it. */
const zodFields = (shape: Readonly<Record<string, z.ZodType>>, prefix = ""): ZodField[] =>
  Object.entries(shape).flatMap(([key, s]) => {
    const path = `${prefix}${key}`;
    const optional = s instanceof z.ZodOptional || s instanceof z.ZodDefault;
    const node = (
      s instanceof z.ZodOptional || s instanceof z.ZodDefault ? s.unwrap() : s
    ) as z.ZodType;
    const field: ZodField = {
      path,
      required: !optional,
      node,
      ...(s instanceof z.ZodDefault ? { default: s.def.defaultValue } : {}),
    };
    if (node instanceof z.ZodObject) return [field, ...zodFields(node.shape, `${path}.`)];
    if (node instanceof z.ZodArray && node.element instanceof z.ZodObject)
      return [field, ...zodFields(node.element.shape, `${path}[].`)];
    return [field];
  });

/** The closed list of a node (of its items, for a list), or undefined. */
const closedValues = (node: z.ZodType): readonly unknown[] | undefined => {
  const n = node instanceof z.ZodArray ? (node.element as z.ZodType) : node;
  if (n instanceof z.ZodEnum) return n.options;
  if (n instanceof z.ZodLiteral) return [...n.values];
  if (n instanceof z.ZodBoolean) return [true, false];
  return undefined;
};

const SCHEMA = zodFields(CaseSchema.shape);
const EN = intakeFields();
const field = (path: IntakePath, locale: "en" | "es" = "en"): IntakeField => {
  const f = intakeFields(locale).find((x) => x.path === path);
  if (f === undefined) throw new Error(`no descriptor for ${path}`);
  return f;
};

describe("intakeFields: generated from the case schema", () => {
  it.each(INTAKE_LOCALES)(
    "%s: one descriptor per field of the zod schema, in its order, and no other",
    (locale) => {
      expect(intakeFields(locale).map((f) => f.path)).toEqual(SCHEMA.map((f) => f.path));
    },
  );

  it("finds a field the schema gains without a descriptor, and a descriptor the schema lacks", () => {
    // the same comparison on a schema with a field added and one taken away
    const grown = zodFields(
      CaseSchema.extend({ referredBy: z.string().optional() }).omit({ condition: true }).shape,
    ).map((f) => f.path);
    const described = EN.map((f) => f.path as string);
    expect(grown.filter((p) => !described.includes(p))).toEqual(["referredBy"]);
    expect(described.filter((p) => !grown.includes(p))).toEqual(["condition"]);
  });

  it.each(SCHEMA.map((f) => [f.path, f] as const))(
    "%s: required as the schema says (neither optional nor defaulted), with its default",
    (path, f) => {
      const d = field(path as IntakePath);
      expect(d.required).toBe(f.required);
      expect(d.default).toEqual(f.default);
    },
  );

  it.each(SCHEMA.map((f) => [f.path, f] as const))(
    "%s: its options are the schema's closed list, in its order",
    (path, f) => {
      const d = field(path as IntakePath);
      const values = closedValues(f.node);
      if (path === "measures[].instrument") {
        // an open field: the built-ins are offered, and the schema takes any registered id
        expect(values).toBeUndefined();
        expect(d.options?.map((o) => o.value)).toEqual(
          DEFAULT_REGISTRY.instruments.map((i) => i.id),
        );
        expect(d.extensible).toBe(true);
      } else {
        expect(d.options?.map((o) => o.value)).toEqual(values);
        expect(d.extensible).toBeUndefined();
      }
    },
  );

  it.each([
    ["id", { minLength: 1, maxLength: MAX_ID_LENGTH }],
    ["episode.priorEpisodes", { min: 0, max: Number.MAX_SAFE_INTEGER }],
    ["relationships[].id", { minLength: 1, maxLength: MAX_ID_LENGTH }],
    ["relationships[].label", { minLength: 1, maxLength: MAX_LABEL_LENGTH }],
    ["lifeEvents[].id", { minLength: 1, maxLength: MAX_ID_LENGTH }],
    ["lifeEvents[].relationshipIds", { minLength: 1, maxLength: MAX_ID_LENGTH }],
    ["lifeEvents[].griefSigns", { maxItems: GRIEF_SIGNS.length }],
    ["measures[].instrument", { minLength: 1, maxLength: MAX_ID_LENGTH }],
    [
      "measures[].items",
      { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, maxItems: MAX_MEASURE_ITEMS },
    ],
    ["measures[].relatesTo", { minLength: 1, maxLength: MAX_ID_LENGTH }],
  ] as const)("%s: ranges and lengths as the schema states them", (path, bounds) => {
    const d = field(path);
    expect({
      min: d.min,
      max: d.max,
      minLength: d.minLength,
      maxLength: d.maxLength,
      maxItems: d.maxItems,
    }).toEqual({
      min: undefined,
      max: undefined,
      minLength: undefined,
      maxLength: undefined,
      maxItems: undefined,
      ...bounds,
    });
  });

  it("no other field has a range or a length", () => {
    const bounded = EN.filter((f) =>
      [f.min, f.max, f.minLength, f.maxLength, f.maxItems].some((x) => x !== undefined),
    ).map((f) => f.path);
    expect(bounded).toEqual([
      "id",
      "episode.priorEpisodes",
      "relationships[].id",
      "relationships[].label",
      "lifeEvents[].id",
      "lifeEvents[].relationshipIds",
      "lifeEvents[].griefSigns",
      "measures[].instrument",
      "measures[].items",
      "measures[].relatesTo",
    ]);
  });

  it.each(SCHEMA.map((f) => [f.path, f] as const))(
    "%s: a date control exactly where the schema has a date, with its format",
    (path, f) => {
      const d = field(path as IntakePath);
      const format =
        f.node === PartialDateSchema ? "partial-date" : f.node === DaySchema ? "date" : undefined;
      expect(d.format).toBe(format);
      if (format === undefined) expect(["month", "date"]).not.toContain(d.control);
      else expect(["month", "date"]).toContain(d.control);
    },
  );

  it.each(SCHEMA.map((f) => [f.path, f] as const))(
    "%s: a control that fits the schema's type",
    (path, f) => {
      const d = field(path as IntakePath);
      expect(INTAKE_CONTROLS).toContain(d.control);
      const n = f.node;
      const expected =
        n instanceof z.ZodObject
          ? ["group"]
          : n instanceof z.ZodArray && n.element instanceof z.ZodObject
            ? ["repeat"]
            : n instanceof z.ZodArray
              ? ["checkbox-set", "item-list"]
              : n instanceof z.ZodLiteral && typeof [...n.values][0] === "string"
                ? ["hidden"]
                : closedValues(n) !== undefined
                  ? ["select", "radio"]
                  : n instanceof z.ZodNumber
                    ? ["number"]
                    : ["id", "text", "select", "month", "date"];
      expect(expected).toContain(d.control);
    },
  );
});

describe("intakeFields: option labels from the label tables", () => {
  it.each([
    ["population", POPULATION_LABELS],
    ["condition", CONDITION_LABELS],
    ["relationships[].role", RELATIONSHIP_ROLE_LABELS],
    ["relationships[].circle", CIRCLE_LABELS],
    ["relationships[].status", RELATIONSHIP_STATUS_LABELS],
    ["relationships[].contact", CONTACT_FREQUENCY_LABELS],
    ["relationships[].support", SCALE_LABELS],
    ["relationships[].conflict", SCALE_LABELS],
    ["relationships[].disputeStage", DISPUTE_STAGE_LABELS],
    ["lifeEvents[].kind", LIFE_EVENT_KIND_LABELS],
    ["lifeEvents[].distress", SCALE_LABELS],
    ["lifeEvents[].griefSigns", GRIEF_SIGN_LABELS],
    ["social.loneliness", SCALE_LABELS],
    ["social.communicationDifficulty", SCALE_LABELS],
    ["social.rejectionSensitivity", SCALE_LABELS],
  ] as const)("en: %s is labelled from the main entry's table", (path, table) => {
    const labels: Readonly<Record<string, string>> = table;
    for (const o of field(path).options ?? []) expect(o.label).toBe(labels[String(o.value)]);
    expect(field(path).options?.length).toBe(Object.keys(table).length);
  });

  it.each([
    ["relationships[].expectationsReciprocal", "en", ["Yes", "No"]],
    ["lifeEvents[].adjusted", "es", ["Sí", "No"]],
    ["social.lifelongIsolation", "en", ["Yes", "No"]],
    ["format", "en", ["ipt-case/1"]],
    ["format", "es", ["ipt-case/1"]],
    ["measures[].instrument", "es", ["PHQ-9", "GAD-7", "EPDS", "HAM-D-17", "PG-13-R", "ICG"]],
  ] as const)("%s in %s: %j", (path, locale, labels) => {
    expect(field(path, locale).options?.map((o) => o.label)).toEqual(labels);
  });

  it("es: every option has a Spanish label of its own, not the value", () => {
    for (const f of intakeFields("es"))
      for (const o of f.options ?? []) {
        expect(o.label.length, f.path).toBeGreaterThan(0);
        if (f.path !== "format" && f.path !== "measures[].instrument")
          expect(o.label, `${f.path} ${String(o.value)}`).not.toBe(String(o.value));
      }
    // spot checks of vocabularies the plan locale does not have
    expect(field("relationships[].role", "es").options?.[0]).toEqual({
      value: "spouse",
      label: "Cónyuge",
    });
    expect(
      field("lifeEvents[].kind", "es").options?.find((o) => o.value === "job-loss")?.label,
    ).toBe("Pérdida del trabajo");
  });

  it.each([
    ["population", ES.terms.population],
    ["condition", ES.terms.condition],
    ["relationships[].disputeStage", ES.terms.disputeStage],
  ] as const)("es: %s agrees with the Spanish plan locale's terms (capitalised)", (path, terms) => {
    const t: Readonly<Record<string, string>> = terms;
    for (const o of field(path, "es").options ?? []) {
      const term = t[String(o.value)] ?? "";
      expect(o.label).toBe(term.charAt(0).toUpperCase() + term.slice(1));
    }
  });

  it("every field has a label and help in each locale, and the Spanish is not the English", () => {
    const es = intakeFields("es");
    EN.forEach((en, i) => {
      const sp = es[i] as IntakeField;
      expect(sp.path).toBe(en.path);
      for (const f of [en, sp]) {
        expect(f.label.trim().length, f.path).toBeGreaterThan(0);
        expect(f.help.trim().length, f.path).toBeGreaterThan(0);
      }
      expect(sp.label, en.path).not.toBe(en.label);
      expect(sp.help, en.path).not.toBe(en.help);
      // everything else is the same in both locales
      const { label: _a, help: _b, options: o1, ...rest1 } = en;
      const { label: _c, help: _d, options: o2, ...rest2 } = sp;
      expect(rest2).toEqual(rest1);
      expect(o2?.map((o) => o.value)).toEqual(o1?.map((o) => o.value));
    });
  });
});

describe("intakeFields: the cross-field facts are the decoder's rules", () => {
  /** A valid case with one of each row, every optional date present. */
  const base = () => ({
    format: "ipt-case/1",
    assessedOn: "2026-01-20",
    episode: { onset: "2025-10" },
    relationships: [
      {
        id: "p",
        label: "Partner",
        role: "partner",
        circle: "inner",
        status: "active",
        conflict: 2,
        conflictSince: "2025-03",
      },
    ],
    lifeEvents: [
      { id: "e", kind: "death", date: "2025-09", relationshipIds: ["p"], griefSigns: ["yearning"] },
    ],
    measures: [
      {
        instrument: "pg-13-r",
        administeredOn: "2026-01",
        items: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1],
        relatesTo: "e",
      },
    ],
  });
  const at = (c: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> =>
    formToCase([...Object.entries(c).map(([k, v]) => [k, v] as const), [path, value]]);
  const issues = (u: unknown): string[] => {
    const r = decodeCase(u);
    return E.isLeft(r) ? r.left.issues.map((i) => `${i.path} ${i.code}`) : [];
  };

  it("the base case is valid", () => {
    expect(issues(base())).toEqual([]);
  });

  it("notAfter: every date but the assessment's may not be later, and the decoder says so", () => {
    const dated = EN.filter((f) => f.format !== undefined && f.path !== "assessedOn");
    expect(dated.map((f) => [f.path, f.notAfter])).toEqual(
      dated.map((f) => [f.path, "assessedOn"]),
    );
    for (const f of dated) {
      const concrete = f.path.replace("[]", "[0]");
      const c = at(base(), concrete, "2026-02");
      expect(issues(c), f.path).toEqual([`${concrete} date-after-assessment`]);
    }
  });

  it.each([
    ["relationships[].id", "relationships[1].id", "relationships"],
    ["lifeEvents[].id", "lifeEvents[1].id", "lifeEvents"],
  ] as const)("unique: %s repeated is a duplicate-id", (path, second, list) => {
    expect(field(path).unique).toBe(true);
    const c = base() as unknown as Record<string, unknown[]>;
    const rows = c[list] as unknown[];
    const twice = { ...c, [list]: [...rows, rows[0]] };
    expect(issues(twice)).toContain(`${second} duplicate-id`);
  });

  it("no field but the row ids is unique", () => {
    expect(EN.filter((f) => f.unique).map((f) => f.path)).toEqual([
      "relationships[].id",
      "lifeEvents[].id",
    ]);
  });

  it.each([
    [
      "lifeEvents[].relationshipIds",
      "relationships[].id",
      "lifeEvents[0].relationshipIds",
      ["ghost"],
      "lifeEvents[0].relationshipIds[0]",
    ],
    [
      "measures[].relatesTo",
      "lifeEvents[].id",
      "measures[0].relatesTo",
      "ghost",
      "measures[0].relatesTo",
    ],
  ] as const)(
    "references: %s names %s, and a name that is not there is an unknown-reference",
    (path, references, concrete, value, issuePath) => {
      expect(field(path).references).toBe(references);
      expect(issues(at(base(), concrete, value))).toEqual([`${issuePath} unknown-reference`]);
    },
  );

  it("shownWhen: grief signs only on a loss, as the decoder requires", () => {
    const signs = field("lifeEvents[].griefSigns");
    expect(signs.shownWhen).toEqual({ path: "lifeEvents[].kind", oneOf: [...LOSS_EVENT_KINDS] });
    for (const kind of LIFE_EVENT_KINDS) {
      const c = at(base(), "lifeEvents[0].kind", kind);
      expect(issues(c), kind).toEqual(
        (LOSS_EVENT_KINDS as readonly string[]).includes(kind)
          ? []
          : ["lifeEvents[0].griefSigns grief-signs-not-loss"],
      );
    }
    expect(EN.filter((f) => f.shownWhen !== undefined).map((f) => f.path)).toEqual([
      "lifeEvents[].griefSigns",
    ]);
  });

  it("itemsFrom: the item answers follow the instrument of their row", () => {
    expect(field("measures[].items").itemsFrom).toBe("measures[].instrument");
    expect(issues(at(base(), "measures[0].instrument", "phq-9"))).toEqual([
      "measures[0].items item-count",
    ]);
  });

  it("an unanswered optional field is left out: an empty string is an issue of its own", () => {
    const optional = EN.filter(
      (f) =>
        !f.required &&
        f.path.startsWith("relationships[].") &&
        (f.control === "month" || f.control === "select" || f.control === "text"),
    );
    expect(optional.map((f) => f.path)).toEqual([
      "relationships[].contact",
      "relationships[].conflictSince",
    ]);
    for (const f of optional) {
      const concrete = f.path.replace("[]", "[0]");
      expect(issues(at(base(), concrete, "")), f.path).toEqual([`${concrete} empty`]);
    }
  });
});

describe("intakeFields: the rules", () => {
  it("names only rules of RULES, each once, in RULES order", () => {
    const order = RULES.map((r) => r.id as string);
    for (const f of EN) {
      const idx = f.rules.map((r) => order.indexOf(r));
      expect(
        idx.every((i) => i >= 0),
        f.path,
      ).toBe(true);
      expect(idx, f.path).toEqual([...new Set(idx)].sort((a, b) => a - b));
    }
  });

  it("every rule reads some field", () => {
    const read = new Set(EN.flatMap((f) => f.rules));
    expect(RULES.map((r) => r.id).filter((id) => !read.has(id))).toEqual([]);
  });
});

describe("intakeFields: data, frozen, from the locale alone", () => {
  const frozenThroughout = (u: unknown): boolean =>
    typeof u !== "object" ||
    u === null ||
    (Object.isFrozen(u) && Object.values(u).every(frozenThroughout));

  it.each(INTAKE_LOCALES)("%s: deeply frozen, and the same array on every call", (locale) => {
    const fields = intakeFields(locale);
    expect(frozenThroughout(fields)).toBe(true);
    expect(intakeFields(locale)).toBe(fields);
    expect(() => {
      (fields[0] as { label: string }).label = "x";
    }).toThrow(TypeError);
  });

  it.each([
    ["es-MX", "es"],
    ["es-419", "es"],
    ["en-GB", "en"],
    ["fr", "en"],
    ["", "en"],
    ["Jane Doe", "en"],
  ])("the tag %j gives the %s descriptors", (tag, locale) => {
    expect(intakeFields(tag as never)).toBe(intakeFields(locale as "en" | "es"));
  });

  it("echoes nothing of what it is given", () => {
    const text = JSON.stringify(intakeFields("Jane Doe 1970-01-01" as never));
    expect(text).not.toContain("Jane");
    expect(text).not.toContain("1970");
  });

  it("is JSON: what it gives survives a round trip through JSON", () => {
    for (const locale of INTAKE_LOCALES)
      expect(JSON.parse(JSON.stringify(intakeFields(locale)))).toEqual(intakeFields(locale));
  });
});
