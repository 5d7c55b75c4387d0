/**
 * Shared builders of the intake tests: a form filled from the descriptors alone (answers
 * drawn from each descriptor's options, ranges, lengths and date format, its cross-field
 * facts obeyed), the mapping of a form's answers to a case by their paths, and the evidence
 * of a formulation rule by rule.
 *
 * A form is a list of answers, each a concrete path (`relationships[1].circle`) and a value,
 * as an app's form would submit them: an unanswered optional field has no answer at all.
 */
import fc from "fast-check";
import {
  DEFAULT_REGISTRY,
  type Formulation,
  getInstrument,
  type Instrument,
  RULES,
} from "ipt-formulation";
import type { IntakeField, IntakePath } from "ipt-formulation/intake";
import { arbDay, arbPartialDate } from "../arbitraries/dates.js";

/** One answer of a filled form: a concrete path and its value. */
export type Answer = readonly [path: string, value: unknown];

/** The scope of a descriptor path: `""`, `episode`, `relationships[]`. */
export const scopeOf = (path: string): string => {
  const i = path.lastIndexOf(".");
  return i < 0 ? "" : path.slice(0, i);
};

/** The field name at the end of a path. */
export const nameOf = (path: string): string => path.slice(path.lastIndexOf(".") + 1);

/** The tokens of a concrete path: `relationships[1].circle` → `["relationships", 1, "circle"]`. */
export const tokensOf = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] as string) : Number(m[2]),
  );

/** The descriptor path of a concrete path: `relationships[1].circle` → `relationships[].circle`. */
export const descriptorPath = (path: string): IntakePath =>
  path.replace(/\[\d+\]/g, "[]") as IntakePath;

type Tree = Record<string | number, unknown>;

/**
 * The case a form's answers make: each answer set at its path, containers (`episode`,
 * `relationships`) made as the paths need them. Nothing is added: an unanswered field stays
 * absent.
 */
export const formToCase = (answers: readonly Answer[]): Tree => {
  const root: Tree = {};
  for (const [path, value] of answers) {
    const tokens = tokensOf(path);
    let at: Tree = root;
    tokens.forEach((t, i) => {
      if (i === tokens.length - 1) {
        // a container answer ({} or []) never replaces one its fields already filled
        const container =
          typeof value === "object" && value !== null && Object.keys(value).length === 0;
        if (!(container && t in at)) at[t] = structuredClone(value);
        return;
      }
      if (!(t in at)) at[t] = typeof tokens[i + 1] === "number" ? [] : {};
      at = at[t] as Tree;
    });
  }
  return root;
};

/** The value at a concrete path of a value, or `undefined`. */
export const valueAt = (u: unknown, path: string): unknown =>
  tokensOf(path).reduce<unknown>(
    (v, t) => (typeof v === "object" && v !== null ? (v as Tree)[t] : undefined),
    u,
  );

/** A placeholder for a reference, resolved once every row exists. */
interface Ref {
  readonly ref: number | readonly number[];
}
const isRef = (u: unknown): u is Ref => typeof u === "object" && u !== null && "ref" in u;

/** The earliest date the generated forms use. */
export const EARLIEST = "1990-01-01";

/** The answers a descriptor allows (not an `id`, a container or an `item-list`). */
export const arbAnswer = (f: IntakeField, assessedOn: string): fc.Arbitrary<unknown> => {
  const max = f.notAfter === "assessedOn" ? assessedOn : "2030-12-31";
  const values = f.options?.map((o) => o.value) ?? [];
  switch (f.control) {
    case "hidden":
    case "select":
    case "radio":
      return f.references !== undefined
        ? fc.nat().map((k): Ref => ({ ref: k }))
        : fc.constantFrom(...values);
    case "checkbox-set":
      return f.references !== undefined
        ? fc.uniqueArray(fc.nat({ max: 9 }), { maxLength: 4 }).map((ks): Ref => ({ ref: ks }))
        : fc.subarray(values, { maxLength: f.maxItems ?? values.length });
    case "text":
    case "id":
      return fc.string({ minLength: f.minLength ?? 0, maxLength: f.maxLength ?? 20 });
    case "month":
      // what <input type="month"> gives, or a year alone
      return arbPartialDate({ min: EARLIEST, max, precisions: ["year", "month"] });
    case "date":
      return arbDay({ min: EARLIEST, max });
    case "number":
      return fc.integer({ min: f.min ?? 0, max: f.max ?? 1000 });
    default:
      throw new Error(`no single answer for ${f.control}`);
  }
};

/** Item answers for an instrument: each in its range, or null (skipped). */
export const arbItems = (instrument: Instrument): fc.Arbitrary<(number | null)[]> =>
  fc.tuple(
    ...instrument.items.map((it) =>
      fc.option(fc.integer({ min: it.min, max: it.max }), { nil: null, freq: 8 }),
    ),
  );

/** The instrument an id names in the default registry. */
export const instrumentOf = (id: unknown): Instrument => {
  const i = getInstrument(DEFAULT_REGISTRY, String(id));
  if (i._tag === "None") throw new Error("an option that is not a built-in instrument");
  return i.value;
};

/** Whether a field applies, given the answers of its row so far. */
const applies = (f: IntakeField, row: ReadonlyMap<string, unknown>): boolean =>
  f.shownWhen === undefined || f.shownWhen.oneOf.includes(row.get(f.shownWhen.path) as never);

/** Answers of one row (or the case, or a group) of a scope: its fields in order. */
const arbScope = (
  fields: readonly IntakeField[],
  scope: string,
  prefix: string,
  assessedOn: string,
  index: number,
  ids: ReadonlyMap<string, readonly string[]>,
): fc.Arbitrary<Answer[]> => {
  const own = fields.filter((f) => scopeOf(f.path) === scope);
  const steps = own.map((f) => {
    const at = `${prefix}${nameOf(f.path)}`;
    const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
      f.required ? a : fc.option(a, { nil: undefined, freq: 3 });
    if (f.control === "group")
      return optional(fc.constant(true)).chain((present) =>
        present === undefined
          ? fc.constant<Answer[]>([])
          : arbScope(fields, f.path, `${at}.`, assessedOn, 0, ids).map((a): Answer[] => [
              [at, {}],
              ...a,
            ]),
      );
    if (f.control === "repeat")
      return optional(fc.integer({ min: 0, max: 3 })).chain((n) => {
        if (n === undefined) return fc.constant<Answer[]>([]);
        const idField = fields.find((g) => scopeOf(g.path) === `${f.path}[]` && g.unique);
        const arbIds =
          idField === undefined
            ? fc.constant<string[]>([])
            : fc.uniqueArray(arbAnswer(idField, assessedOn) as fc.Arbitrary<string>, {
                minLength: n,
                maxLength: n,
              });
        return arbIds.chain((rowIds) => {
          const rowIdsMap = new Map(ids);
          if (idField !== undefined) rowIdsMap.set(idField.path, rowIds);
          const rows = Array.from({ length: n }, (_, i) =>
            arbScope(fields, `${f.path}[]`, `${at}[${i}].`, assessedOn, i, rowIdsMap),
          );
          return fc.tuple(...rows).map((rs): Answer[] => [[at, []], ...rs.flat()]);
        });
      });
    if (f.unique) {
      const id = ids.get(f.path)?.[index];
      return fc.constant<Answer[]>(id === undefined ? [] : [[at, id]]);
    }
    if (f.control === "item-list") return fc.constant<Answer[]>([]); // with its instrument, below
    return optional(arbAnswer(f, assessedOn)).chain((v): fc.Arbitrary<Answer[]> => {
      if (v === undefined) return fc.constant([]);
      const items = own.find((g) => g.control === "item-list" && g.itemsFrom === f.path);
      return items === undefined
        ? fc.constant([[at, v]])
        : arbItems(instrumentOf(v)).map((xs): Answer[] => [
            [at, v],
            [`${prefix}${nameOf(items.path)}`, xs],
          ]);
    });
  });
  return fc.tuple(...steps).map((parts) => {
    const answers = parts.flat();
    // a field that does not apply (grief signs on a job loss) is not submitted
    const row = new Map(answers.map(([p, v]) => [descriptorPath(p), v] as const));
    return answers.filter(([p]) => {
      const f = own.find((g) => g.path === descriptorPath(p));
      return f === undefined || applies(f, row);
    });
  });
};

/** References resolved to the rows that exist: an index modulo their number; none, none. */
const resolveRefs = (fields: readonly IntakeField[], answers: readonly Answer[]): Answer[] => {
  const idsOf = (path: IntakePath): string[] =>
    answers.filter(([p]) => descriptorPath(p) === path).map(([, v]) => v as string);
  return answers.flatMap(([p, v]): Answer[] => {
    if (!isRef(v)) return [[p, v]];
    const f = fields.find((g) => g.path === descriptorPath(p)) as IntakeField;
    const ids = idsOf(f.references as IntakePath);
    if (typeof v.ref === "number") return ids.length === 0 ? [] : [[p, ids[v.ref % ids.length]]];
    return [[p, [...new Set(v.ref.filter(() => ids.length > 0).map((k) => ids[k % ids.length]))]]];
  });
};

/**
 * A form filled from the descriptors: the assessment day first (every date obeys its
 * `notAfter`), then every field in order, each required one answered and each optional one
 * answered or left out, lists of 0 to 3 rows with unique ids, references to rows that
 * exist, item answers from the chosen instrument, and no answer to a field that does not apply.
 */
export const arbFilledForm = (fields: readonly IntakeField[]): fc.Arbitrary<Answer[]> => {
  const assessed = fields.find((f) => f.path === "assessedOn") as IntakeField;
  return (arbAnswer(assessed, "2030-12-31") as fc.Arbitrary<string>).chain((assessedOn) =>
    arbScope(fields, "", "", assessedOn, 0, new Map()).map((answers) =>
      resolveRefs(
        fields,
        answers.map(([p, v]): Answer => (p === "assessedOn" ? [p, assessedOn] : [p, v])),
      ),
    ),
  );
};

/**
 * The evidence of a formulation by rule: each rule's items as their contributions and
 * factors (sources and wording left out, so that only weights are compared), sorted. For
 * `deficits.exclusion` only the number of undated deaths it reads; the rest of its factor
 * follows the acute areas' scores.
 */
export const evidenceByRule = (f: Formulation): ReadonlyMap<string, string> => {
  const out = new Map<string, string[]>();
  for (const a of f.areas)
    for (const e of a.evidence) {
      const sig =
        e.rule === "deficits.exclusion"
          ? JSON.stringify({ undatedDeaths: e.factors.undatedDeaths ?? 0 })
          : JSON.stringify([e.contribution, e.factors]);
      out.set(e.rule, [...(out.get(e.rule) ?? []), sig]);
    }
  return new Map([...out].map(([k, v]) => [k, v.sort().join("|")]));
};

/**
 * The rules whose evidence differs between two formulations, in `RULES` order. An absent
 * `deficits.exclusion` (deficits has no evidence of its own) is not compared.
 */
export const changedRules = (a: Formulation, b: Formulation): string[] => {
  const x = evidenceByRule(a);
  const y = evidenceByRule(b);
  return RULES.map((r) => r.id).filter((id) => {
    if (id === "deficits.exclusion" && (!x.has(id) || !y.has(id))) return false;
    return x.get(id) !== y.get(id);
  });
};
