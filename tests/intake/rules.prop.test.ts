/**
 * No rule but a descriptor's own reads its field, on random forms: a form filled from the
 * descriptors, one answer changed to another the descriptor allows (or left out), and the
 * rules whose evidence changed are all among that descriptor's `rules`. (`rules.test.ts`
 * checks on two full cases that each listed rule does read the field.)
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase, formulate } from "ipt-formulation";
import { type IntakeField, intakeFields } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import {
  type Answer,
  arbAnswer,
  arbFilledForm,
  arbItems,
  changedRules,
  descriptorPath,
  formToCase,
  instrumentOf,
  nameOf,
  scopeOf,
} from "./support.js";

const FIELDS = intakeFields();
const byPath = new Map(FIELDS.map((f) => [f.path as string, f] as const));

/** The concrete places a field can be answered in a form: each row of its list, or itself. */
const places = (answers: readonly Answer[], f: IntakeField): string[] => {
  const scope = scopeOf(f.path);
  if (!scope.endsWith("[]")) return [f.path];
  const list = scope.slice(0, -2);
  const rows = new Set(
    answers.flatMap(([p]) => {
      const m = new RegExp(`^${list}\\[(\\d+)\\]\\.`).exec(p);
      return m === null ? [] : [Number(m[1])];
    }),
  );
  return [...rows].map((i) => f.path.replace("[]", `[${i}]`));
};

/** Another answer the descriptor allows at that place (undefined: left out), with what follows from it. */
const arbChange = (
  answers: readonly Answer[],
  f: IntakeField,
  at: string,
): fc.Arbitrary<readonly Answer[]> => {
  const assessedOn = answers.find(([p]) => p === "assessedOn")?.[1] as string;
  const ids = answers
    .filter(([p]) => descriptorPath(p) === f.references)
    .map(([, v]) => v as string);
  const row = at.slice(0, at.lastIndexOf(".") + 1);
  const value: fc.Arbitrary<unknown> =
    f.references === undefined
      ? f.control === "item-list"
        ? arbItems(instrumentOf(answers.find(([p]) => p === `${row}instrument`)?.[1]))
        : arbAnswer(f, assessedOn)
      : f.control === "checkbox-set"
        ? fc.subarray(ids)
        : ids.length === 0
          ? fc.constant(undefined)
          : fc.constantFrom(...ids);
  const maybe = f.required ? value : fc.option(value, { nil: undefined });
  return maybe.chain((v): fc.Arbitrary<readonly Answer[]> => {
    const rest = answers.filter(([p]) => p !== at);
    if (v === undefined) return fc.constant(rest);
    // the item answers follow their instrument (itemsFrom)
    const items = FIELDS.find((g) => g.itemsFrom === f.path);
    if (items === undefined) return fc.constant([...rest, [at, v]]);
    const itemsAt = `${row}${nameOf(items.path)}`;
    return arbItems(instrumentOf(v)).map((xs): readonly Answer[] => [
      ...rest.filter(([p]) => p !== itemsAt),
      [at, v],
      [itemsAt, xs],
    ]);
  });
};

const changeable = FIELDS.filter((f) => !["group", "repeat", "id", "hidden"].includes(f.control));

const decoded = (answers: readonly Answer[]): Case | undefined => {
  const r = decodeCase(formToCase(answers));
  return E.isRight(r) ? r.right : undefined;
};

describe("the rules a descriptor names", () => {
  it("include every rule whose evidence changes when its answer alone changes", () => {
    fc.assert(
      fc.property(
        arbFilledForm(FIELDS).chain((answers) => {
          const options = changeable.flatMap((f) =>
            places(answers, f).map((at) => [f, at] as const),
          );
          return fc
            .constantFrom(...options)
            .chain(([f, at]) =>
              arbChange(answers, f, at).map((changed) => ({ answers, f, at, changed })),
            );
        }),
        ({ answers, f, changed }) => {
          const before = decoded(answers);
          const after = decoded(changed);
          expect(before).toBeDefined();
          // a change the decoder refuses (a job loss with grief signs) is no form's answer
          fc.pre(after !== undefined);
          const rules = changedRules(formulate(before as Case), formulate(after as Case));
          expect(
            rules.filter((r) => !(f.rules as readonly string[]).includes(r)),
            f.path,
          ).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("the item answers name no rule their instrument does not", () => {
    const items = byPath.get("measures[].items") as IntakeField;
    const instrument = byPath.get(items.itemsFrom as string) as IntakeField;
    expect(items.rules.filter((r) => !instrument.rules.includes(r))).toEqual([]);
  });
});
