/**
 * explainFormulation's text, line for line: it is what a clinician reads, so every word,
 * number format and line of it is behaviour. Written to kill the mutants Stryker found
 * surviving in src/scoring/explainFormulation.ts (the suite checked a few substrings).
 */
import { explainFormulation } from "ipt-formulation/explain";
import { describe, expect, it } from "vitest";
import { ev, formulateCase, rel, spouseAtImpasse } from "../scoring/support.js";

/**
 * A dispute with the spouse (0.85 × 4/4 × inner 1 × non-reciprocal 1 × impasse 1 × active 1
 * × link 1 = 0.85), a job loss that names the spouse (0.85 × time 1 × distress 0.875 × not
 * adapted 1 = 0.74375), loneliness 2/4 (0.5 × 0.5 = 0.25) and one close tie (0.4 × 2/3 =
 * 0.266667), excluded by the dispute (factor 0).
 */
const closeCall = () =>
  formulateCase({
    relationships: [spouseAtImpasse()],
    lifeEvents: [ev("e", "job-loss", { distress: 3, adjusted: false, relationshipIds: ["h"] })],
    social: { loneliness: 2 },
  });

const HEADER = [
  "IPT formulation (decision support: a suggestion for the clinician to confirm)",
  "Case t, assessed 2026-01-15; time measured from the onset (2025-10-15).",
  "",
  "Flags:",
  "  [INFO] close-call: The areas role dispute and role transition score within the model's margin (0.15): choose with the patient which matters most and is workable in the time available.",
  "",
];

const DISPUTE =
  "   + 0.850  Conflict with H (inner circle) rated 4/4, non-reciprocal expectations, impasse, began about 4 months before onset. [dispute.current-conflict]";
const JOB_LOSS =
  "   + 0.744  Job loss, about 1 month before onset, not yet adapted to. [transition.life-change]";
const TIES =
  "   + 0.267  1 close, supportive, active tie in the inner and middle circles (3 or more expected). [deficits.small-network]";
const LONELY = "   + 0.250  Loneliness rated 2/4. [deficits.loneliness]";
const FOOTER = "Model ipt-formulation/default 1.1.0 (sha256:babadc51c997…), rules 1.0.0";

describe("explainFormulation, line for line", () => {
  it("flags, the focus with its secondary, every area, people, events and the model", () => {
    expect(explainFormulation(closeCall()).split("\n")).toEqual([
      ...HEADER,
      "Suggested focus: Role dispute, with Role transition as a secondary focus.",
      "",
      "1. Role dispute: 85% (score 0.850)",
      DISPUTE,
      // 0.74375 rounds to 74 % and to 0.744
      "2. Role transition: 74% (score 0.744)",
      JOB_LOSS,
      "3. Grief: 0% (score 0.000)",
      "   no evidence",
      "4. Interpersonal deficits: 0% (score 0.000)",
      TIES,
      LONELY,
      "   × 0.000  Not a candidate: role-dispute has real evidence (score 0.85 at or above the exclusion threshold 0.3); deficits is chosen only by exclusion. [deficits.exclusion]",
      "",
      "People and the areas they bear on:",
      "  h: Role dispute 0.85, Role transition 0.74",
      "",
      "Life events and the areas they bear on:",
      "  e: Role transition 0.74",
      "",
      FOOTER,
      "",
    ]);
  });

  it("maxEvidence cuts each area's list and says how many more there are", () => {
    const lines = explainFormulation(closeCall(), {
      maxEvidence: 2,
      tradition: "stuart-robertson",
    }).split("\n");
    expect(lines.slice(6, 20)).toEqual([
      "Suggested focus: Interpersonal disputes, with Role transitions as a secondary focus.",
      "",
      "1. Interpersonal disputes: 85% (score 0.850)",
      DISPUTE,
      "2. Role transitions: 74% (score 0.744)",
      JOB_LOSS,
      "3. Grief and loss: 0% (score 0.000)",
      "   no evidence",
      "4. Interpersonal sensitivity: 0% (score 0.000)",
      TIES,
      LONELY,
      "   … and 1 more",
      "",
      "People and the areas they bear on:",
    ]);
  });

  it("maxEvidence 0 lists no evidence line but counts all of it; 'no evidence' only where there is none", () => {
    const lines = explainFormulation(closeCall(), { maxEvidence: 0 }).split("\n");
    expect(lines.filter((l) => l.startsWith("   "))).toEqual([
      "   … and 1 more",
      "   … and 1 more",
      "   no evidence",
      "   … and 3 more",
    ]);
  });

  it("a case with no flags, no secondary, no people, no events and no measures: just the areas", () => {
    // Three close friends (no small-network evidence) and loneliness 4/4 (0.5): deficits
    // alone, unscaled by exclusion (factor 1), with no person or event behind it.
    const f = formulateCase({
      relationships: ["a", "b", "c"].map((id) => rel(id, { support: 3 })),
      social: { loneliness: 4 },
    });
    expect(explainFormulation(f).split("\n")).toEqual([
      "IPT formulation (decision support: a suggestion for the clinician to confirm)",
      "Case t, assessed 2026-01-15; time measured from the onset (2025-10-15).",
      "",
      "Suggested focus: Interpersonal deficits.",
      "",
      "1. Interpersonal deficits: 50% (score 0.500)",
      "   + 0.500  Loneliness rated 4/4. [deficits.loneliness]",
      "   × 1.000  No acute problem area has evidence: deficits keeps its full weight. [deficits.exclusion]",
      "2. Grief: 0% (score 0.000)",
      "   no evidence",
      "3. Role transition: 0% (score 0.000)",
      "   no evidence",
      "4. Role dispute: 0% (score 0.000)",
      "   no evidence",
      "",
      FOOTER,
      "",
    ]);
  });

  it("a measure scored with a band, and one with no total", () => {
    const f = formulateCase({
      measures: [
        { instrument: "phq-9", administeredOn: "2026-01-15", items: [3, 3, 3, 3, 3, 3, 2, 2, 0] },
        {
          instrument: "gad-7",
          administeredOn: "2026-01-14",
          items: [1, null, null, null, 1, 1, 1],
        },
      ],
    });
    const text = explainFormulation(f);
    expect(text).toContain(
      ["Measures:", "  phq-9 (2026-01-15): 22, Severe", "  gad-7 (2026-01-14): invalid", ""].join(
        "\n",
      ),
    );
  });
});
