/** The sample cases and generated cases for the picture tests. */
import { readdirSync, readFileSync } from "node:fs";
import {
  type Case,
  type CaseInput,
  decodeCase,
  type Formulation,
  formulate,
} from "ipt-formulation";
import { SAMPLE_LABELS } from "../arbitraries/case.js";

const dir = new URL("../fixtures/", import.meta.url);

/** Decode a case or throw (for tests). */
export function decodeOrThrow(input: unknown): Case {
  const d = decodeCase(input);
  if (d._tag === "Left") throw new Error(d.left.message);
  return d.right;
}

/** The six sample cases, by file name, decoded, with their formulations. */
export const SAMPLES: readonly {
  readonly file: string;
  readonly input: CaseInput;
  readonly case: Case;
  readonly formulation: Formulation;
}[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const input = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as CaseInput;
    const c = decodeOrThrow(input);
    return { file, input, case: c, formulation: formulate(c) };
  });

const NAMES = [
  ...SAMPLE_LABELS,
  "Aunt Wilhelmina",
  "Uncle Maximilian",
  "Teacher",
  "Coach",
  "WWWWWWWWWWWWWWWWWWWWWWWW",
  "Cousin",
] as const;
const ROLES = [
  "spouse",
  "parent",
  "sibling",
  "friend",
  "colleague",
  "neighbour",
  "child",
  "other",
] as const;
const CIRCLES = ["inner", "middle", "outer"] as const;
const STATUSES = ["active", "active", "active", "estranged", "ended", "deceased"] as const;

/**
 * A case with `n` people, circles chosen by `circle(i)`; labels, roles and statuses cycle, with
 * support and conflict ratings spread over 0..4, and one life event per five people.
 */
export function crowdCase(
  n: number,
  circle: (i: number) => (typeof CIRCLES)[number] = (i) =>
    CIRCLES[i % 3] as (typeof CIRCLES)[number],
): CaseInput {
  const relationships = Array.from({ length: n }, (_, i) => ({
    id: `p${String(i).padStart(3, "0")}`,
    label: `${NAMES[i % NAMES.length]} ${i}`,
    role: ROLES[i % ROLES.length] as (typeof ROLES)[number],
    circle: circle(i),
    status: STATUSES[i % STATUSES.length] as (typeof STATUSES)[number],
    support: (i % 5) as 0 | 1 | 2 | 3 | 4,
    conflict: ((i * 3) % 5) as 0 | 1 | 2 | 3 | 4,
    ...(i % 4 === 0 ? { conflictSince: `2025-${String((i % 9) + 1).padStart(2, "0")}` } : {}),
  }));
  const kinds = [
    "death",
    "job-loss",
    "relocation",
    "birth",
    "divorce",
    "illness-diagnosis",
  ] as const;
  const lifeEvents = Array.from({ length: Math.floor(n / 5) }, (_, j) => ({
    id: `e${String(j).padStart(2, "0")}`,
    kind: kinds[j % kinds.length] as (typeof kinds)[number],
    date:
      j % 3 === 0
        ? `${2024 + (j % 2)}`
        : j % 3 === 1
          ? `2025-0${(j % 9) + 1}`
          : `2025-0${(j % 9) + 1}-1${j % 10}`,
    relationshipIds: [`p${String(j * 5).padStart(3, "0")}`],
    distress: (j % 5) as 0 | 1 | 2 | 3 | 4,
    adjusted: j % 2 === 0,
  }));
  return {
    format: "ipt-case/1",
    id: `crowd-${n}`,
    assessedOn: "2026-01-20",
    episode: { onset: "2025-10" },
    relationships,
    lifeEvents,
  };
}

/** Labels that try to break out of the markup, or out of XML altogether. */
export const HOSTILE = [
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

/** A case whose labels, ids and case id are all hostile strings. */
export const hostileCase = (): Case =>
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

/** One relationship of {@link miniCase}: the required fields, then any others. */
type PersonInput = CaseInput["relationships"][number];

/**
 * A small case for exact-output tests: id `t`, assessed 2026-01-01, onset unknown, with the
 * given relationships and life events; `more` overrides any other field.
 */
export const miniCase = (
  relationships: readonly PersonInput[],
  lifeEvents: CaseInput["lifeEvents"] = [],
  more: Partial<CaseInput> = {},
): Case =>
  decodeOrThrow({
    format: "ipt-case/1",
    id: "t",
    assessedOn: "2026-01-01",
    episode: {},
    relationships,
    lifeEvents,
    ...more,
  });

/** An active friend on the inner circle, with any fields changed. */
export const friend = (id: string, fields: Partial<PersonInput> = {}): PersonInput => ({
  id,
  label: id.toUpperCase(),
  role: "friend",
  circle: "inner",
  status: "active",
  ...fields,
});
