/**
 * docs/intake.md, "Mapping a filled form to a case": the guide's snippet as it is printed
 * there (the region below; tests/docs/snippets.test.ts fails when the two differ), then what
 * its comments state, checked, with the variants the guide describes: a "died" box with no
 * date, and a blank sent as "" instead of being left out. Run with the other examples
 * (`npm run examples`) and in the test suite.
 */
import assert from "node:assert/strict";
// #region snippet
import { type CaseDraft, decodeCase, formulate } from "ipt-formulation";

/** What the clinician's form gives: text as typed, "" where left blank. */
interface IntakeForm {
  readonly assessedOn: string; // <input type="date">
  readonly onset: string; // <input type="month">
  readonly people: readonly {
    readonly label: string;
    readonly role: string; // a <select> of RELATIONSHIP_ROLE_LABELS
    readonly closeness: "very close" | "close" | "somewhat close" | "not close";
    readonly support: string; // a 0–10 slider
    readonly conflict: string; // a 0–10 slider
    readonly died: boolean; // a "died" checkbox
    readonly diedOn: string; // <input type="month">, beside the checkbox
    readonly griefDistress: string; // a 0–10 slider: how much the death upset the patient
    readonly mourned: "yes" | "no" | "";
  }[];
  readonly events: readonly {
    readonly kind: string;
    readonly date: string;
    readonly distress: string;
  }[];
}

/** A 0–10 slider on the 0–4 scale: 0–1 none, 2–3 mild, 4–6 moderate, 7–8 marked, 9–10 severe. */
const scale = (slider: string) =>
  slider === "" ? undefined : Math.round((Number(slider) * 4) / 10);
/** A 4-point closeness on the interpersonal circle. */
const CIRCLE = {
  "very close": "inner",
  close: "middle",
  "somewhat close": "outer",
  "not close": "outer",
} as const;
const yesNo = (answer: string) => (answer === "yes" ? true : answer === "no" ? false : undefined);
/** The fields that were answered: a case never holds "" (nor undefined). */
const answered = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as T;

function toCase(form: IntakeForm): CaseDraft {
  const personId = (i: number) => `person-${i + 1}`;
  return {
    format: "ipt-case/1",
    assessedOn: form.assessedOn,
    episode: answered({ onset: form.onset }),
    relationships: form.people.map((p, i) =>
      answered({
        id: personId(i),
        label: p.label,
        role: p.role,
        circle: CIRCLE[p.closeness],
        status: p.died ? "deceased" : "active",
        support: scale(p.support),
        conflict: scale(p.conflict),
      }),
    ),
    lifeEvents: [
      // a "died" box with its date is a death event naming the person; without a date, none
      ...form.people.flatMap((p, i) =>
        p.died && p.diedOn !== ""
          ? [
              answered({
                id: `death-${i + 1}`,
                kind: "death",
                date: p.diedOn,
                relationshipIds: [personId(i)],
                distress: scale(p.griefDistress),
                adjusted: yesNo(p.mourned),
              }),
            ]
          : [],
      ),
      ...form.events.map((e, i) =>
        answered({ id: `event-${i + 1}`, kind: e.kind, date: e.date, distress: scale(e.distress) }),
      ),
    ],
  };
}

const form: IntakeForm = {
  assessedOn: "2026-01-20",
  onset: "2025-10",
  people: [
    // mother: died in August, distress 9 of 10, not mourned
    {
      label: "Mother",
      role: "parent",
      closeness: "very close",
      support: "8",
      conflict: "",
      died: true,
      diedOn: "2025-08",
      griefDistress: "9",
      mourned: "no",
    },
    // partner: conflict 3 of 10
    {
      label: "Partner",
      role: "partner",
      closeness: "very close",
      support: "6",
      conflict: "3",
      died: false,
      diedOn: "",
      griefDistress: "",
      mourned: "",
    },
  ],
  events: [{ kind: "relocation", date: "2025", distress: "" }],
};

const decoded = decodeCase(toCase(form));
if (decoded._tag === "Left") console.error(decoded.left.issues);
else {
  const f = formulate(decoded.right);
  console.log(
    f.focus,
    f.flags.map((x) => x.code),
  ); // { primary: "grief" } []
}
// #endregion snippet

// What the comments say, checked.
assert.equal(decoded._tag, "Right");
if (decoded._tag === "Right") {
  const c = decoded.right;
  // the sliders on the 0–4 scale; a blank slider left out, not sent as ""
  assert.deepEqual(
    c.relationships.map((r) => [r.id, r.circle, r.status, r.support, r.conflict]),
    [
      ["person-1", "inner", "deceased", 3, undefined],
      ["person-2", "inner", "active", 2, 1],
    ],
  );
  assert.equal("conflict" in (c.relationships[0] as object), false);
  assert.deepEqual(c.lifeEvents[0], {
    id: "death-1",
    kind: "death",
    date: "2025-08",
    relationshipIds: ["person-1"],
    distress: 4,
    adjusted: false,
  });
  const f = formulate(c);
  assert.deepEqual(f.focus, { primary: "grief" });
  assert.deepEqual(f.flags, []);
  assert.equal(f.areas[0]?.evidence[0]?.rule, "grief.death-near-onset");
}

// The slider bands the comment states.
assert.deepEqual(
  ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map(scale),
  [0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4],
);

// A "died" box with no date: no event, so the loss counts with its date unknown (0.45 for an
// inner-circle person, against 0.8 and more dated near the onset) and the flag asks for the
// date. Here it no longer stands out: the move, dated near the onset, comes within the margin.
const undated = decodeCase(
  toCase({ ...form, people: form.people.map((p) => (p.died ? { ...p, diedOn: "" } : p)) }),
);
assert.equal(undated._tag, "Right");
if (undated._tag === "Right") {
  assert.deepEqual(
    undated.right.lifeEvents.map((e) => e.kind),
    ["relocation"],
  );
  const f = formulate(undated.right);
  assert.deepEqual(
    f.flags.map((x) => [x.code, x.ref?.relationshipId]),
    [
      ["death-undated", "person-1"],
      ["close-call", undefined],
    ],
  );
  assert.deepEqual(f.focus, { primary: "grief", secondary: "role-transition" });
  const grief = f.areas.find((a) => a.area === "grief");
  assert.deepEqual(
    grief?.evidence.map((e) => [e.rule, e.contribution]),
    [["grief.undated-death", 0.45]],
  );
  const deficits = f.areas.find((a) => a.area === "interpersonal-deficits");
  assert.equal(deficits?.score, 0);
}

// A blank sent as "" instead of being left out: an issue of its own, at its path, that says so.
const blank = decodeCase({ ...toCase(form), episode: { onset: "" } });
assert.equal(blank._tag, "Left");
if (blank._tag === "Left")
  assert.deepEqual(
    blank.left.issues.map((i) => [i.path, i.code]),
    [["episode.onset", "empty"]],
  );
