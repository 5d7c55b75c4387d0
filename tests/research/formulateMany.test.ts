import { Readable } from "node:stream";
import * as E from "fp-ts/lib/Either.js";
import { decodeCase, formulate } from "ipt-formulation";
import { DEFAULT_REGISTRY } from "ipt-formulation/measures";
import {
  type BatchRecord,
  formulateAt,
  formulateJsonLines,
  formulateLine,
  formulateMany,
} from "ipt-formulation/research";
import { defineModel } from "ipt-formulation/scoring-model";
import { describe, expect, it } from "vitest";
import { asAsync, collect, right, SAMPLE_INPUTS } from "./support.js";

const grief = SAMPLE_INPUTS["grief-mother"];
const dispute = SAMPLE_INPUTS["dispute-partner"];
const broken = { format: "ipt-case/1" };

const shape = (rs: readonly BatchRecord[]): [number, boolean][] => rs.map((r) => [r.index, r.ok]);

describe("formulateMany", () => {
  it("formulates an array in order, an invalid input as an error record at its position", () => {
    const rs = [...formulateMany([grief, broken, dispute])];
    expect(shape(rs)).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    const [a, b, c] = rs;
    if (!a?.ok || b?.ok !== false || !c?.ok) throw new Error("unexpected shape");
    expect(a.formulation).toEqual(formulate(right(decodeCase(grief))));
    expect(a.case).toEqual(right(decodeCase(grief)));
    expect(b.error.kind).toBe("case-error");
    expect(b.error.issues.map((i) => i.path)).toContain("assessedOn");
    expect(c.formulation.focus.primary).toBe("role-dispute");
  });

  it("takes any iterable: a Set, a generator", () => {
    function* gen(): Generator<unknown> {
      yield grief;
      yield 42;
    }
    expect(shape([...formulateMany(new Set([grief, dispute]))])).toEqual([
      [0, true],
      [1, true],
    ]);
    expect(shape([...formulateMany(gen())])).toEqual([
      [0, true],
      [1, false],
    ]);
  });

  it("is lazy: nothing is read before it is asked for", () => {
    let read = 0;
    function* counting(): Generator<unknown> {
      for (;;) {
        read++;
        yield grief;
      }
    }
    const it = formulateMany(counting());
    expect(read).toBe(0);
    it.next();
    it.next();
    expect(read).toBe(2);
  });

  it("takes an async iterable and a Node object stream, returning an async generator", async () => {
    const fromGen = await collect(formulateMany(asAsync([broken, grief])));
    expect(shape(fromGen)).toEqual([
      [0, false],
      [1, true],
    ]);
    const fromStream = await collect(formulateMany(Readable.from([grief, dispute, 1])));
    expect(shape(fromStream)).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
  });

  it("uses the model option for every case", () => {
    const model = right(defineModel({ id: "wide", params: { focus: { margin: 0.3 } } }));
    for (const r of formulateMany([grief, dispute], { model }))
      expect(r.ok && r.formulation.model).toEqual({
        id: "wide",
        version: "1.0.0",
        digest: model.digest,
      });
  });

  it("scores measures with the registry the cases were decoded against", () => {
    const input = {
      ...(grief as object),
      measures: [
        { instrument: "phq-9", administeredOn: "2026-01-12", items: [1, 1, 1, 1, 1, 1, 1, 1, 0] },
      ],
    };
    const [withRegistry] = [...formulateMany([input], { decode: { registry: DEFAULT_REGISTRY } })];
    const [withDefault] = [...formulateMany([input])];
    expect(withRegistry?.ok && withRegistry.formulation.measures).toEqual(
      withDefault?.ok && withDefault.formulation.measures,
    );
    expect(withRegistry?.ok && withRegistry.formulation.measures[0]?.status).toBe("scored");
  });

  it("passes decode options (limits) to decodeCase", () => {
    const [r] = [...formulateMany([grief], { decode: { limits: { relationships: 0 } } })];
    expect(r?.ok === false && r.error.issues[0]?.code).toBe("too-many");
  });

  it("gives nothing for no inputs", async () => {
    expect([...formulateMany([])]).toEqual([]);
    expect(await collect(formulateMany(asAsync([])))).toEqual([]);
  });
});

describe("formulateAt", () => {
  it("pairs the result with the given index", () => {
    expect(formulateAt(grief, 7)).toMatchObject({ index: 7, ok: true });
    expect(formulateAt({}, 3)).toMatchObject({ index: 3, ok: false });
  });
});

describe("formulateLine", () => {
  it("formulates a JSON line", () => {
    expect(formulateLine(JSON.stringify(grief), 0)).toMatchObject({ index: 0, ok: true });
  });

  it("turns a line that is not JSON into an unreadable-input record naming the line, not its text", () => {
    const r = formulateLine('{"label": "Jane Doe"', 4);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues).toEqual([
      { code: "unreadable-input", path: "", message: "is not valid JSON (line 5)" },
    ]);
    expect(JSON.stringify(r)).not.toContain("Jane");
  });

  it("turns a blank line into an unreadable-input record", () => {
    for (const blank of ["", "   ", "\t"]) {
      const r = formulateLine(blank, 0);
      expect(r.ok === false && r.error.issues[0]?.message).toBe(
        "is empty (line 1; JSON Lines has one case per line)",
      );
    }
  });

  it("reports a JSON value that is not a case with the decoder's issues", () => {
    const r = formulateLine("[1,2]", 0);
    expect(r.ok === false && r.error.issues[0]?.code).toBe("invalid-type");
  });
});

describe("formulateJsonLines", () => {
  const lines = [JSON.stringify(grief), "", "{oops", JSON.stringify(dispute)];

  it("gives one record per line, in order, sync", () => {
    expect(shape([...formulateJsonLines(lines)])).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it("gives one record per line, in order, async", async () => {
    expect(shape(await collect(formulateJsonLines(asAsync(lines))))).toEqual([
      [0, true],
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it("passes options on", () => {
    const model = right(defineModel({ id: "m2" }));
    const [r] = [...formulateJsonLines([JSON.stringify(grief)], { model })];
    expect(r?.ok && r.formulation.model.id).toBe("m2");
  });

  it("treats a string as an iterable of one-character lines, never as a stream", () => {
    expect([...formulateJsonLines("ab")].length).toBe(2);
    expect(E.isRight(decodeCase(grief))).toBe(true);
  });
});
