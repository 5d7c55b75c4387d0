/**
 * `ipt-formulation synth --count N --seed S`: a seeded synthetic cohort as JSON Lines.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { CaseInput } from "ipt-formulation";
import {
  MAX_SEED,
  MAX_SYNTHETIC_COUNT,
  type PatternMix,
  synthesizeCases,
} from "ipt-formulation/research";
import {
  type Checked,
  type Command,
  fail,
  integerOption,
  ok,
  stringOption,
  usage,
  usageError,
} from "../command.js";
import { describeFsError, EXIT, finish, openOutput, write } from "../io.js";
import { isEpipe } from "../progress.js";

/** Cases per write: amortises the write calls, keeps memory flat. */
const CHUNK_CASES = 1000;

/** Parse `--mix grief=0.2,role-dispute=0.3,…`. */
export function parseMix(text: string | undefined): Checked<PatternMix | undefined> {
  if (text === undefined) return ok(undefined);
  const mix: Record<string, number> = {};
  for (const part of text.split(",")) {
    const m = /^\s*([a-z-]+)\s*=\s*([0-9.eE+-]+)\s*$/.exec(part);
    const w = m === null ? Number.NaN : Number(m[2]);
    if (m === null || !Number.isFinite(w))
      return usage(
        "--mix must look like grief=0.2,role-dispute=0.3,role-transition=0.4,interpersonal-deficits=0.1",
      );
    mix[m[1] as string] = w;
  }
  return ok(mix as PatternMix);
}

export const synthCommand: Command = {
  name: "synth",
  summary: "Write a seeded synthetic cohort of valid ipt-case/1 cases as JSON Lines.",
  arguments: "",
  positionals: { min: 0, max: 0 },
  description: [
    "Generates --count plausible, clearly synthetic cases (ids synthetic-000001, …), one JSON",
    "case per line. The same --seed always gives the same cases. The default mix of the",
    "patterns the cases are built around is role transition 40%, role dispute 30%, grief 20%,",
    "interpersonal deficits 10% (a design choice after the MTLLD study's distribution);",
    "docs/research.md lists every distribution. Never real patients: for demos, benchmarks,",
    "teaching and checks of method.",
  ].join("\n"),
  options: {
    count: {
      type: "string",
      short: "n",
      value: "N",
      help: `how many cases, 0 to ${MAX_SYNTHETIC_COUNT} (required)`,
    },
    seed: {
      type: "string",
      short: "s",
      value: "S",
      help: `the seed, an integer from 0 to ${MAX_SEED} (default 1)`,
    },
    mix: {
      type: "string",
      value: "AREA=W,…",
      help: "pattern weights, e.g. grief=1,role-dispute=1 (areas left out weigh 0)",
    },
    out: { type: "string", short: "o", value: "FILE", help: "write to FILE instead of stdout" },
  },
  examples: [
    "ipt-formulation synth --count 1000 --seed 42 > cohort.jsonl",
    "ipt-formulation synth -n 100 -s 7 --mix grief=1,role-dispute=1",
  ],
  run: async (args, io) => {
    if (stringOption(args, "count") === undefined)
      return usageError(io, "synth", "--count is required");
    const count = integerOption(args, "count", 0, MAX_SYNTHETIC_COUNT, undefined);
    if (!count.ok) return usageError(io, "synth", count.message);
    const seed = integerOption(args, "seed", 0, MAX_SEED, 1);
    if (!seed.ok) return usageError(io, "synth", seed.message);
    const mix = parseMix(stringOption(args, "mix"));
    if (!mix.ok) return usageError(io, "synth", mix.message);
    const cases = synthesizeCases({
      count: count.value as number,
      seed: seed.value as number,
      ...(mix.value === undefined ? {} : { mix: mix.value }),
    });
    if (E.isLeft(cases)) return usageError(io, "synth", cases.left.message);
    const out = await openOutput(stringOption(args, "out"), io);
    if (!out.ok) return fail(io, "synth", out.message, EXIT.io);
    try {
      let chunk: string[] = [];
      const flush = async (): Promise<void> => {
        await write(out.value, chunk.join(""));
        chunk = [];
      };
      for (const c of cases.right as Iterable<CaseInput>) {
        chunk.push(`${JSON.stringify(c)}\n`);
        if (chunk.length >= CHUNK_CASES) await flush();
      }
      await flush();
      await finish(out.value, io);
    } catch (e) {
      if (isEpipe(e)) throw e;
      return fail(io, "synth", `cannot write: ${describeFsError(e)}`, EXIT.io);
    }
    return EXIT.ok;
  },
};
