/**
 * `ipt-formulation sensitivity <in.jsonl|->`: how stable is each case's primary area when
 * the scoring model's parameters are perturbed?
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { decodeCase } from "ipt-formulation";
import {
  analyzeCaseSensitivity,
  type CaseSensitivity,
  DEFAULT_SENSITIVITY_EPSILON,
  DEFAULT_SENSITIVITY_RUNS,
  DEFAULT_SENSITIVITY_SEED,
  DEFAULT_STABILITY_THRESHOLD,
  MAX_SEED,
  MAX_SENSITIVITY_RUNS,
  perturbModels,
  summarizeSensitivity,
} from "ipt-formulation/research";
import {
  type Command,
  choice,
  fail,
  integerOption,
  numberOption,
  stringOption,
  usageError,
} from "../command.js";
import {
  describeFsError,
  EXIT,
  finish,
  inputName,
  openInput,
  openOutput,
  readLineBatches,
  write,
} from "../io.js";
import { isEpipe, progressReporter } from "../progress.js";
import { loadModel, MODEL_OPTION, parseJson } from "../shared.js";

const FORMATS = ["text", "json", "jsonl"] as const;
const CHUNK_LINES = 100;
/** How many of the least stable cases the text report lists. */
const LEAST_STABLE = 10;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

export const sensitivityCommand: Command = {
  name: "sensitivity",
  summary:
    "How stable each case's primary area is when the scoring model's parameters are perturbed.",
  arguments: "<in.jsonl|->",
  positionals: { min: 1, max: 1 },
  description: [
    "Draws --runs perturbed scoring models from a seed: each numeric parameter multiplied by",
    "its own factor uniform in [1 - E, 1 + E] (E = --epsilon), clamped to its valid range;",
    "models the scoring model's ordering constraints refuse are drawn again. Every case of",
    "the JSON Lines input (a file, or stdin for -) is formulated under each model, and the",
    "report gives per case the share of models that keep its primary area and the other",
    "areas seen, and for the cohort the share of stable cases (kept in at least --threshold",
    "of the models) with a 95% Wilson interval. The same seed gives the same report.",
    "Cost: (runs + 1) formulations per case.",
    "",
    "Exit code: 0 when every line was a valid case, 1 when some were not (they are skipped",
    "and counted) or none was, 2 for a usage error, 3 when a file cannot be opened.",
  ].join("\n"),
  options: {
    runs: {
      type: "string",
      short: "r",
      value: "N",
      help: `perturbed models, 1 to ${MAX_SENSITIVITY_RUNS} (default ${DEFAULT_SENSITIVITY_RUNS})`,
    },
    seed: {
      type: "string",
      short: "s",
      value: "S",
      help: `the seed, 0 to ${MAX_SEED} (default ${DEFAULT_SENSITIVITY_SEED})`,
    },
    epsilon: {
      type: "string",
      short: "e",
      value: "E",
      help: `relative perturbation in [0, 1) (default ${DEFAULT_SENSITIVITY_EPSILON})`,
    },
    threshold: {
      type: "string",
      value: "T",
      help: `share of models a stable case keeps its primary in, [0, 1] (default ${DEFAULT_STABILITY_THRESHOLD})`,
    },
    format: {
      type: "string",
      value: "text|json|jsonl",
      help: "text: a report; json: the summary and every case; jsonl: one record per input line (default text)",
    },
    out: { type: "string", short: "o", value: "FILE", help: "write to FILE instead of stdout" },
    model: {
      ...MODEL_OPTION,
      help: "the base model to perturb, a JSON file of overrides (default: the default model)",
    },
  },
  examples: [
    "ipt-formulation sensitivity cohort.jsonl",
    "ipt-formulation sensitivity cohort.jsonl --runs 200 --seed 2026 --epsilon 0.2 --format json",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", FORMATS, "text");
    if (!format.ok) return usageError(io, "sensitivity", format.message);
    const runs = integerOption(args, "runs", 1, MAX_SENSITIVITY_RUNS, DEFAULT_SENSITIVITY_RUNS);
    if (!runs.ok) return usageError(io, "sensitivity", runs.message);
    const seed = integerOption(args, "seed", 0, MAX_SEED, DEFAULT_SENSITIVITY_SEED);
    if (!seed.ok) return usageError(io, "sensitivity", seed.message);
    const epsilon = numberOption(
      args,
      "epsilon",
      { min: 0, max: 1, maxExclusive: true },
      DEFAULT_SENSITIVITY_EPSILON,
    );
    if (!epsilon.ok) return usageError(io, "sensitivity", epsilon.message);
    const threshold = numberOption(
      args,
      "threshold",
      { min: 0, max: 1, maxExclusive: false },
      DEFAULT_STABILITY_THRESHOLD,
    );
    if (!threshold.ok) return usageError(io, "sensitivity", threshold.message);
    const base = await loadModel(args, io, "sensitivity");
    if (!base.ok) return base.code;
    const drawn = perturbModels({
      runs: runs.value as number,
      seed: seed.value as number,
      epsilon: epsilon.value as number,
      base: base.value.model,
    });
    if (E.isLeft(drawn)) return usageError(io, "sensitivity", drawn.left.message);
    const models = drawn.right;

    const path = args.positionals[0] as string;
    const input = await openInput(path, io);
    if (!input.ok) return fail(io, "sensitivity", input.message, EXIT.io);
    const out = await openOutput(stringOption(args, "out"), io);
    if (!out.ok) return fail(io, "sensitivity", out.message, EXIT.io);
    const progress = progressReporter(io, "sensitivity");
    const results: CaseSensitivity[] = [];
    let lines = 0;
    let invalid = 0;
    try {
      try {
        for await (const chunk of readLineBatches(input.value, CHUNK_LINES)) {
          const records: string[] = [];
          for (const text of chunk) {
            const line = ++lines;
            const json = text.trim() === "" ? undefined : parseJson(text);
            const decoded = json === undefined ? undefined : decodeCase(json.value);
            if (decoded === undefined || E.isLeft(decoded)) {
              invalid += 1;
              const issues =
                decoded === undefined
                  ? "unreadable-input@"
                  : decoded.left.issues.map((i) => `${i.code}@${i.path}`).join(";");
              if (format.value === "jsonl")
                records.push(`${JSON.stringify({ line, ok: false, issues })}\n`);
              continue;
            }
            const r = analyzeCaseSensitivity(decoded.right, models, line - 1);
            if (format.value === "jsonl") {
              const { index: _index, ...rest } = r;
              records.push(`${JSON.stringify({ line, ok: true, ...rest })}\n`);
            } else results.push(r);
          }
          progress.update(lines, invalid);
          if (records.length > 0) await write(out.value, records.join(""));
        }
      } catch (e) {
        if (isEpipe(e)) throw e;
        return fail(
          io,
          "sensitivity",
          `cannot read ${inputName(path)} or write the output: ${describeFsError(e)}`,
          EXIT.io,
        );
      }
      progress.done(lines, invalid);
      if (format.value !== "jsonl") {
        const summary = summarizeSensitivity(results, { threshold: threshold.value as number });
        if (E.isLeft(summary)) {
          await finish(out.value, io);
          return fail(io, "sensitivity", `no valid case in ${inputName(path)}`, EXIT.invalid);
        }
        const s = summary.right;
        const { id, version, digest } = models.base;
        if (format.value === "json")
          await write(
            out.value,
            `${JSON.stringify(
              {
                base: { id, version, digest },
                runs: models.runs,
                seed: models.seed,
                epsilon: models.epsilon,
                rejected: models.rejected,
                lines,
                invalid,
                summary: s,
                cases: results.map(({ index, ...rest }) => ({ line: index + 1, ...rest })),
              },
              null,
              2,
            )}\n`,
          );
        else {
          const least = [...results]
            .filter((r) => r.stableShare < 1)
            .sort((x, y) => x.stableShare - y.stableShare || x.index - y.index)
            .slice(0, LEAST_STABLE);
          const report = [
            "Sensitivity of the primary area to the scoring model's parameters",
            `Base model: ${id} ${version} (${digest})`,
            `Perturbation: ${models.runs} models, each numeric parameter x U[${round6(1 - models.epsilon)}, ${round6(1 + models.epsilon)}], seed ${models.seed}${models.rejected > 0 ? ` (${models.rejected} invalid draws redrawn)` : ""}`,
            `Cases: ${s.n}${invalid > 0 ? ` (${invalid} invalid line${invalid === 1 ? "" : "s"} skipped)` : ""}`,
            `Stable cases (primary kept in >= ${pct(s.threshold)} of models): ${s.stableCases} of ${s.n} = ${pct(s.stableProportion)} (95% CI ${pct(s.stableLower)} to ${pct(s.stableUpper)}, Wilson)`,
            `Mean share of models keeping the primary: ${pct(s.meanStableShare)}`,
            "By primary area under the base model:",
            ...s.byPrimary.map(
              (a) =>
                `  ${a.area.padEnd(24)} ${String(a.n).padStart(6)} cases, ${String(a.stableCases).padStart(6)} stable`,
            ),
            least.length === 0
              ? "Every case kept its primary area under every model."
              : `Least stable cases (up to ${LEAST_STABLE}):`,
            ...least.map(
              (r) =>
                `  line ${r.index + 1}${r.caseId === null ? "" : ` (${r.caseId})`}: ${r.basePrimary} kept in ${pct(r.stableShare)}; also ${r.alternatives.map((x) => `${x.area} (${x.count})`).join(", ")}`,
            ),
            "",
          ];
          await write(out.value, report.join("\n"));
        }
      }
      await finish(out.value, io);
    } catch (e) {
      if (isEpipe(e)) throw e;
      return fail(io, "sensitivity", `cannot write the output: ${describeFsError(e)}`, EXIT.io);
    }
    return invalid === 0 ? EXIT.ok : EXIT.invalid;
  },
};
