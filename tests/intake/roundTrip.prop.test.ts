/**
 * A form filled from the descriptors alone maps to a valid case: fast-check answers every
 * required field and some optional ones from each descriptor's options, ranges, lengths and
 * date format, obeying the cross-field facts the descriptors state (notAfter, unique,
 * references, shownWhen, itemsFrom); the answers, set at their paths, decode with
 * `decodeCase`, and every answer is in the decoded case as it was given.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase } from "ipt-formulation";
import { INTAKE_LOCALES, intakeFields } from "ipt-formulation/intake";
import { describe, expect, it } from "vitest";
import { arbFilledForm, descriptorPath, formToCase, valueAt } from "./support.js";

describe("a form filled from the descriptors", () => {
  it.each(INTAKE_LOCALES)("%s: maps to a valid case holding every answer", (locale) => {
    const fields = intakeFields(locale);
    const containers = new Set(
      fields.filter((f) => f.control === "group" || f.control === "repeat").map((f) => f.path),
    );
    fc.assert(
      fc.property(arbFilledForm(fields), (answers) => {
        const decoded = decodeCase(formToCase(answers));
        if (E.isLeft(decoded)) expect.fail(JSON.stringify(decoded.left.issues));
        else
          for (const [path, value] of answers)
            if (!containers.has(descriptorPath(path)))
              expect(valueAt(decoded.right, path), path).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it("answers every field of the format in some run, each option of a closed list included", () => {
    const fields = intakeFields();
    const seen = new Map<string, Set<string>>();
    for (const answers of fc.sample(arbFilledForm(fields), { numRuns: 400, seed: 15 }))
      for (const [path, value] of answers) {
        const at = descriptorPath(path);
        const values = seen.get(at) ?? new Set<string>();
        for (const v of Array.isArray(value) ? value : [value]) values.add(JSON.stringify(v));
        seen.set(at, values);
      }
    expect([...seen.keys()].sort()).toEqual(fields.map((f) => f.path).sort());
    for (const f of fields)
      for (const o of f.control === "radio" || f.control === "select" ? (f.options ?? []) : [])
        expect(seen.get(f.path)?.has(JSON.stringify(o.value)), `${f.path} ${o.value}`).toBe(true);
  });

  it("needs the descriptors' cross-field facts: a form that ignores them does not decode", () => {
    const fields = intakeFields();
    // the same generator with the facts dropped: any date, no uniqueness, grief signs anywhere
    const loose = fields.map((f) => {
      const { notAfter: _n, unique: _u, shownWhen: _s, ...rest } = f;
      return rest;
    });
    const invalid = fc
      .sample(arbFilledForm(loose), { numRuns: 300, seed: 15 })
      .filter((answers) => E.isLeft(decodeCase(formToCase(answers))));
    expect(invalid.length).toBeGreaterThan(0);
  });
});
