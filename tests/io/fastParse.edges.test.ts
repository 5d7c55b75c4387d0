/**
 * decodeCase's fast path (src/io/fastParse.ts) at the edges of every check it makes: a value
 * just inside a limit takes the fast path and gives exactly zod's result; a value just outside
 * it, or anything the fast path leaves to zod (a key present with the value `undefined`, a
 * hole, a non-plain object), gives up, and zod words the issue. The property tests
 * (fastParse.prop.test.ts) draw random cases and rarely land on an edge; these are the edges.
 * Written to kill the mutants Stryker found surviving in src/io/fastParse.ts.
 */
import { ACCESSORY_GRIEF_SIGNS, CaseSchema, CORE_GRIEF_SIGNS, decodeCase } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { fastParseCase } from "../../src/io/fastParse.js";
import { fullCase, minimalCase, type Rec, withAt } from "./helpers.js";

/** fullCase with one value replaced (`undefined` deletes the key). */
const at = (path: readonly (string | number)[], value: unknown): Rec =>
  withAt(fullCase(), path, value);

/** fullCase with the key at `path` present and set to `undefined`. */
const undefinedAt = (path: readonly (string | number)[]): Rec => {
  const root = fullCase();
  let cur: unknown = root;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[seg];
  (cur as Record<string | number, unknown>)[path[path.length - 1] as string | number] = undefined;
  return root;
};

/** The fast path answers, with zod's very value (keys, order, defaults). */
const takesFastPath = (u: unknown): void => {
  const fast = fastParseCase(u);
  const z = CaseSchema.safeParse(u);
  expect(z.success).toBe(true);
  expect(fast).toBeDefined();
  expect(fast).toStrictEqual(z.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(z.data));
};

/** The fast path gives up; zod decides (a structural failure stays a Left of decodeCase). */
const leftToZod = (u: unknown): void => {
  expect(fastParseCase(u)).toBeUndefined();
  if (!CaseSchema.safeParse(u).success) expect(decodeCase(u)._tag).toBe("Left");
};

const str = (n: number): string => "x".repeat(n);
const PHQ = [1, 1, 1, 1, 1, 1, 1, 1, 0];

describe("the fast path takes valid values at the edges of each limit", () => {
  it.each<[string, Rec]>([
    ["a case id of 1 character", at(["id"], "c")],
    ["a case id of 64 characters", at(["id"], str(64))],
    ["a relationship id of 64 characters", at(["relationships", 1, "id"], str(64))],
    ["a label of 1 character", at(["relationships", 0, "label"], "M")],
    ["a label of 80 characters", at(["relationships", 0, "label"], str(80))],
    ["priorEpisodes 0", at(["episode", "priorEpisodes"], 0)],
    ["priorEpisodes 1e9", at(["episode", "priorEpisodes"], 1e9)],
    ["support 0", at(["relationships", 0, "support"], 0)],
    ["support 4", at(["relationships", 0, "support"], 4)],
    ["conflict 4", at(["relationships", 1, "conflict"], 4)],
    ["distress 0", at(["lifeEvents", 0, "distress"], 0)],
    ["loneliness 4", at(["social", "loneliness"], 4)],
    ["communicationDifficulty 0", at(["social", "communicationDifficulty"], 0)],
    ["rejectionSensitivity 4", at(["social", "rejectionSensitivity"], 4)],
    ["lifelongIsolation true", at(["social", "lifelongIsolation"], true)],
    ["expectationsReciprocal true", at(["relationships", 1, "expectationsReciprocal"], true)],
    ["adjusted true", at(["lifeEvents", 0, "adjusted"], true)],
    ["an empty social object", at(["social"], {})],
    ["an empty episode", at(["episode"], {})],
    [
      "all 10 grief signs",
      at(["lifeEvents", 0, "griefSigns"], [...CORE_GRIEF_SIGNS, ...ACCESSORY_GRIEF_SIGNS]),
    ],
    ["no grief signs", at(["lifeEvents", 0, "griefSigns"], [])],
    ["no relationship ids", at(["lifeEvents", 0, "relationshipIds"], [])],
    [
      "an instrument id of 64 characters (unknown to the registry: a cross-field issue, not a structural one)",
      { ...minimalCase(), measures: [{ instrument: str(64), administeredOn: "2026", items: [] }] },
    ],
    [
      "items at ±1e9 and null (ranges are the registry's, not the schema's)",
      {
        ...minimalCase(),
        measures: [{ instrument: "x", administeredOn: "2026-01", items: [-1e9, 1e9, null] }],
      },
    ],
    [
      "200 items",
      {
        ...minimalCase(),
        measures: [{ instrument: "x", administeredOn: "2026", items: Array<number>(200).fill(0) }],
      },
    ],
    [
      "an explicit population and condition",
      { ...minimalCase(), population: "adolescent", condition: "depression" },
    ],
    ["a relatesTo of 64 characters", at(["measures", 1, "relatesTo"], str(64))],
  ])("%s", (_what, input) => {
    takesFastPath(input);
  });

  it("an object with a null prototype is a plain object", () => {
    const episode = Object.assign(Object.create(null) as Rec, { onset: "2025-10" });
    const social = Object.assign(Object.create(null) as Rec, { loneliness: 2 });
    const root = Object.assign(Object.create(null) as Rec, { ...minimalCase(), episode, social });
    takesFastPath(root);
    expect(fastParseCase(root)).toMatchObject({
      episode: { onset: "2025-10" },
      social: { loneliness: 2 },
    });
  });

  it("a default applies to population, condition and measures present as undefined", () => {
    const input = {
      ...minimalCase(),
      population: undefined,
      condition: undefined,
      measures: undefined,
    };
    takesFastPath(input);
    expect(fastParseCase(input)).toMatchObject({
      population: "adult",
      condition: "depression",
      measures: [],
    });
  });

  it("copies each measure, with relatesTo only when given", () => {
    const input = {
      ...minimalCase(),
      lifeEvents: [{ id: "d", kind: "death", date: "2025" }],
      measures: [
        { instrument: "phq-9", administeredOn: "2026-01-20", items: PHQ },
        { instrument: "pg-13-r", administeredOn: "2026-01-20", items: [], relatesTo: "d" },
      ],
    };
    takesFastPath(input);
    expect(fastParseCase(input)?.measures).toEqual([
      { instrument: "phq-9", administeredOn: "2026-01-20", items: PHQ },
      { instrument: "pg-13-r", administeredOn: "2026-01-20", items: [], relatesTo: "d" },
    ]);
  });
});

describe("the fast path gives up just past each limit, and zod words the issue", () => {
  it.each<[string, unknown]>([
    ["not an object", "ipt-case/1"],
    ["null", null],
    ["an array", []],
    ["another format", at(["format"], "ipt-case/2")],
    ["no format", at(["format"], undefined)],
    ["an empty case id", at(["id"], "")],
    ["a case id of 65 characters", at(["id"], str(65))],
    ["a numeric case id", at(["id"], 7)],
    ["a relationship id of 65 characters", at(["relationships", 0, "id"], str(65))],
    ["an empty label", at(["relationships", 0, "label"], "")],
    ["a label of 81 characters", at(["relationships", 0, "label"], str(81))],
    ["a label that is not a string", at(["relationships", 0, "label"], 80)],
    ["an assessedOn of 10 characters that is no date", at(["assessedOn"], "2026-13-01")],
    ["an assessedOn that is not a string", at(["assessedOn"], 20260120)],
    ["an onset that is no date", at(["episode", "onset"], "2025-13")],
    ["an onset that is not a string", at(["episode", "onset"], 2025)],
    ["priorEpisodes −1", at(["episode", "priorEpisodes"], -1)],
    ["priorEpisodes past 1e9", at(["episode", "priorEpisodes"], 1e9 + 1)],
    ["priorEpisodes 1.5", at(["episode", "priorEpisodes"], 1.5)],
    ["priorEpisodes as a string", at(["episode", "priorEpisodes"], "1")],
    ["priorEpisodes −0", at(["episode", "priorEpisodes"], -0)],
    ["support 5", at(["relationships", 0, "support"], 5)],
    ["support −1", at(["relationships", 0, "support"], -1)],
    ["a role that is not one", at(["relationships", 0, "role"], "boss")],
    ["a circle that is not one", at(["relationships", 0, "circle"], "far")],
    ["a status that is not one", at(["relationships", 0, "status"], "gone")],
    ["a contact that is not one", at(["relationships", 0, "contact"], "hourly")],
    ["a dispute stage that is not one", at(["relationships", 1, "disputeStage"], "war")],
    ["a conflictSince that is no date", at(["relationships", 1, "conflictSince"], "March")],
    [
      "expectationsReciprocal as a string",
      at(["relationships", 1, "expectationsReciprocal"], "no"),
    ],
    ["an event kind that is not one", at(["lifeEvents", 0, "kind"], "funeral")],
    ["an event date that is no date", at(["lifeEvents", 0, "date"], "2025-02-30")],
    ["an event id of 65 characters", at(["lifeEvents", 1, "id"], str(65))],
    ["adjusted as a number", at(["lifeEvents", 0, "adjusted"], 0)],
    ["distress 5", at(["lifeEvents", 0, "distress"], 5)],
    ["a relationship id that is empty", at(["lifeEvents", 0, "relationshipIds"], [""])],
    ["relationshipIds that is not an array", at(["lifeEvents", 0, "relationshipIds"], "mother")],
    ["a grief sign that is not one", at(["lifeEvents", 0, "griefSigns"], ["sadness"])],
    ["11 grief signs", at(["lifeEvents", 0, "griefSigns"], Array<string>(11).fill("yearning"))],
    ["loneliness 5", at(["social", "loneliness"], 5)],
    ["lifelongIsolation as a number", at(["social", "lifelongIsolation"], 1)],
    ["communicationDifficulty 1.5", at(["social", "communicationDifficulty"], 1.5)],
    ["rejectionSensitivity −1", at(["social", "rejectionSensitivity"], -1)],
    ["social as an array", at(["social"], [])],
    ["a population that is not one", at(["population"], "child")],
    ["a condition that is not one", at(["condition"], "psychosis")],
    ["relationships that is not an array", at(["relationships"], {})],
    ["lifeEvents missing", at(["lifeEvents"], undefined)],
    ["measures that is not an array", at(["measures"], {})],
    ["an empty instrument id", at(["measures", 0, "instrument"], "")],
    ["an instrument id of 65 characters", at(["measures", 0, "instrument"], str(65))],
    ["an administeredOn that is no date", at(["measures", 0, "administeredOn"], "soon")],
    ["items that is not an array", at(["measures", 0, "items"], 3)],
    ["an item past −1e9", at(["measures", 0, "items"], [-1e9 - 1])],
    ["an item past 1e9", at(["measures", 0, "items"], [1e9 + 1])],
    ["an item that is a fraction", at(["measures", 0, "items"], [0.5])],
    ["an item that is a string", at(["measures", 0, "items"], ["1"])],
    ["an empty relatesTo", at(["measures", 1, "relatesTo"], "")],
    ["an unknown key in a relationship", at(["relationships", 0, "nickname"], "M")],
    ["an unknown key in an event", at(["lifeEvents", 0, "place"], "home")],
    ["an unknown key in a measure", at(["measures", 0, "score"], 3)],
    ["an unknown key in social", at(["social", "mood"], 3)],
    ["an unknown key in the episode", at(["episode", "severity"], 3)],
    ["a relationship that is null", at(["relationships", 0], null)],
    ["a Date for a measure", at(["measures", 0], new Date(0))],
  ])("%s", (_what, input) => {
    leftToZod(input);
  });

  it.each<[string, readonly (string | number)[]]>([
    ["id", ["id"]],
    ["social", ["social"]],
    ["episode.onset", ["episode", "onset"]],
    ["episode.priorEpisodes", ["episode", "priorEpisodes"]],
    ["relationships[1].contact", ["relationships", 1, "contact"]],
    ["relationships[1].support", ["relationships", 1, "support"]],
    ["relationships[1].conflict", ["relationships", 1, "conflict"]],
    ["relationships[1].conflictSince", ["relationships", 1, "conflictSince"]],
    ["relationships[1].expectationsReciprocal", ["relationships", 1, "expectationsReciprocal"]],
    ["relationships[1].disputeStage", ["relationships", 1, "disputeStage"]],
    ["lifeEvents[0].relationshipIds", ["lifeEvents", 0, "relationshipIds"]],
    ["lifeEvents[0].distress", ["lifeEvents", 0, "distress"]],
    ["lifeEvents[0].adjusted", ["lifeEvents", 0, "adjusted"]],
    ["lifeEvents[0].griefSigns", ["lifeEvents", 0, "griefSigns"]],
    ["social.loneliness", ["social", "loneliness"]],
    ["social.lifelongIsolation", ["social", "lifelongIsolation"]],
    ["social.communicationDifficulty", ["social", "communicationDifficulty"]],
    ["social.rejectionSensitivity", ["social", "rejectionSensitivity"]],
    ["measures[1].relatesTo", ["measures", 1, "relatesTo"]],
  ])("leaves %s present as undefined to zod, which keeps the key", (_what, path) => {
    const input = undefinedAt(path);
    leftToZod(input);
    // zod's value keeps the key (as undefined): the fast path, which would drop it, must not answer.
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (cur, seg) => (cur as Record<string | number, unknown>)[seg],
        CaseSchema.parse(input),
      ) as Rec;
    expect(Object.hasOwn(parent, path[path.length - 1] as string)).toBe(true);
  });

  it("leaves a hole in a list to zod, wherever it is", () => {
    const holeAt = (path: readonly (string | number)[]): Rec => {
      const root = fullCase();
      const list = path.reduce<unknown>(
        (cur, seg) => (cur as Record<string | number, unknown>)[seg],
        root,
      ) as unknown[];
      list.length += 1; // a hole at the end
      return root;
    };
    for (const path of [
      ["relationships"],
      ["lifeEvents"],
      ["measures"],
      ["lifeEvents", 0, "griefSigns"],
      ["measures", 0, "items"],
    ])
      leftToZod(holeAt(path));
  });
});
