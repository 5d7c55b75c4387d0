/**
 * `ipt-formulation agreement <ratings.csv> --a COL --b COL`: agreement between two raters.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type ConfusionMatrix,
  cohenKappa,
  confusionMatrix,
  KAPPA_WEIGHTINGS,
  type KappaEstimate,
  parseCsv,
  type ResearchError,
  weightedKappa,
  wilsonInterval,
} from "ipt-formulation/research";
import { type Command, choice, fail, stringOption, usageError } from "../command.js";
import { EXIT, inputName, readText, write } from "../io.js";

const FORMATS = ["text", "json"] as const;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(3);

/** The confusion matrix as an aligned text table, rows rater a, columns rater b. */
export function matrixTable(m: ConfusionMatrix): string {
  const head = ["", ...m.categories, "total"];
  const rows = m.categories.map((c, i) => [
    c,
    ...(m.counts[i] ?? []).map(String),
    String(m.rowTotals[i] ?? 0),
  ]);
  const foot = ["total", ...m.columnTotals.map(String), String(m.n)];
  const all = [head, ...rows, foot];
  const widths = head.map((_, j) => Math.max(...all.map((r) => (r[j] ?? "").length)));
  return all
    .map(
      (r) =>
        `  ${r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0))).join("  ")}`,
    )
    .join("\n");
}

type KappaOutcome =
  | { readonly ok: true; readonly estimate: KappaEstimate }
  | { readonly ok: false; readonly error: ResearchError };

export const agreementCommand: Command = {
  name: "agreement",
  summary:
    "Agreement between two raters in a CSV: percent agreement, Cohen's kappa, confusion matrix.",
  arguments: "<ratings.csv|->",
  positionals: { min: 1, max: 1 },
  description: [
    "Reads an RFC 4180 CSV with a header row (a file, or stdin for -) and compares two of its",
    "columns, e.g. a clinician's chosen problem area and the model's (the `primary` column of",
    "`ipt-formulation batch --format csv` joined with your ratings). Rows where either rating",
    "is empty are skipped and counted. Reports the percent agreement with its 95% Wilson",
    "interval, Cohen's kappa with its large-sample standard error and 95% interval (Fleiss,",
    "Cohen & Everitt 1969), and the confusion matrix (rows --a, columns --b). With --weights",
    "and --categories (the ordered scale, lowest first), weighted kappa instead.",
  ].join("\n"),
  options: {
    a: { type: "string", value: "COL", help: "the first rater's column (required)" },
    b: { type: "string", value: "COL", help: "the second rater's column (required)" },
    weights: {
      type: "string",
      value: "linear|quadratic",
      help: "weighted kappa (needs --categories)",
    },
    categories: {
      type: "string",
      value: "C1,C2,…",
      help: "the category order (for weighted kappa: the ordinal scale, lowest first)",
    },
    format: { type: "string", value: "text|json", help: "output format (default text)" },
  },
  examples: [
    "ipt-formulation agreement ratings.csv --a clinician --b model",
    "ipt-formulation agreement severity.csv --a rater1 --b rater2 --weights quadratic --categories none,mild,moderate,severe",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", FORMATS, "text");
    if (!format.ok) return usageError(io, "agreement", format.message);
    const colA = stringOption(args, "a");
    const colB = stringOption(args, "b");
    if (colA === undefined || colB === undefined)
      return usageError(io, "agreement", "--a and --b (the two raters' columns) are required");
    const weights = choice(args, "weights", [...KAPPA_WEIGHTINGS, "none"] as const, "none");
    if (!weights.ok) return usageError(io, "agreement", weights.message);
    const categoriesText = stringOption(args, "categories");
    const categories = categoriesText?.split(",");
    if (weights.value !== "none" && categories === undefined)
      return usageError(
        io,
        "agreement",
        "--weights needs --categories (the ordered scale, lowest first)",
      );

    const path = args.positionals[0] as string;
    const text = await readText(path, io);
    if (!text.ok) return fail(io, "agreement", text.message, EXIT.io);
    const records = parseCsv(text.value);
    if (E.isLeft(records))
      return fail(
        io,
        "agreement",
        `${inputName(path)} is not valid CSV: ${records.left.message}`,
        EXIT.invalid,
      );
    const [header, ...rows] = records.right;
    if (header === undefined)
      return fail(io, "agreement", `${inputName(path)} is empty`, EXIT.invalid);
    const ia = header.indexOf(colA);
    const ib = header.indexOf(colB);
    if (ia < 0)
      return usageError(
        io,
        "agreement",
        `--a: there is no column ${JSON.stringify(colA)} in the header`,
      );
    if (ib < 0)
      return usageError(
        io,
        "agreement",
        `--b: there is no column ${JSON.stringify(colB)} in the header`,
      );

    const a: string[] = [];
    const b: string[] = [];
    for (const row of rows) {
      const x = row[ia] ?? "";
      const y = row[ib] ?? "";
      if (x !== "" && y !== "") {
        a.push(x);
        b.push(y);
      }
    }
    const skipped = rows.length - a.length;
    if (a.length === 0) return fail(io, "agreement", "no row has both ratings", EXIT.invalid);

    const table = confusionMatrix(a, b, categories);
    if (E.isLeft(table))
      return fail(io, "agreement", `${table.left.message} (${table.left.path})`, EXIT.invalid);
    const agreements = a.filter((x, i) => x === b[i]).length;
    const interval = wilsonInterval(agreements, a.length);
    // n >= 1 and 0 <= agreements <= n, so the interval always exists.
    const pa = E.isRight(interval) ? interval.right : { proportion: 0, lower: 0, upper: 0 };
    const k =
      weights.value === "none"
        ? cohenKappa(a, b, categories === undefined ? {} : { categories })
        : weightedKappa(a, b, { weights: weights.value, categories: categories as string[] });
    const kappa: KappaOutcome = E.isRight(k)
      ? { ok: true, estimate: k.right }
      : { ok: false, error: k.left };
    const kind = weights.value === "none" ? "Cohen's kappa" : `Weighted kappa (${weights.value})`;

    if (format.value === "json") {
      const estimate = kappa.ok
        ? {
            kappa: kappa.estimate.kappa,
            standardError: kappa.estimate.standardError,
            lower: kappa.estimate.confidenceInterval.lower,
            upper: kappa.estimate.confidenceInterval.upper,
            observedAgreement: kappa.estimate.observedAgreement,
            expectedAgreement: kappa.estimate.expectedAgreement,
            nullStandardError: kappa.estimate.nullStandardError,
            zStatistic: kappa.estimate.zStatistic,
          }
        : null;
      await write(
        io.stdout,
        `${JSON.stringify(
          {
            a: colA,
            b: colB,
            n: a.length,
            skipped,
            percentAgreement: { agreements, ...pa },
            weights: weights.value,
            kappa: estimate,
            ...(kappa.ok ? {} : { kappaError: kappa.error }),
            confusionMatrix: table.right,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const lines = [
        `Agreement between ${colA} and ${colB}: n = ${a.length}${skipped > 0 ? ` (${skipped} row${skipped === 1 ? "" : "s"} skipped: a rating missing)` : ""}`,
        `Percent agreement: ${pct(pa.proportion)} (${agreements} of ${a.length}; 95% CI ${pct(pa.lower)} to ${pct(pa.upper)}, Wilson)`,
        kappa.ok
          ? `${kind}: ${num(kappa.estimate.kappa)} (SE ${num(kappa.estimate.standardError)}; 95% CI ${num(kappa.estimate.confidenceInterval.lower)} to ${num(kappa.estimate.confidenceInterval.upper)})`
          : `${kind}: not available: ${kappa.error.message}`,
        `Confusion matrix (rows ${colA}, columns ${colB}):`,
        matrixTable(table.right),
        "",
      ];
      await write(io.stdout, lines.join("\n"));
    }
    return kappa.ok || kappa.error.code === "kappa-undefined" ? EXIT.ok : EXIT.invalid;
  },
};
