/**
 * `ipt-formulation agreement <ratings.csv> --a COL --b COL`: agreement between two raters;
 * `--raters C1,C2,… --stat …`: the multi-rater coefficients and the intraclass correlations.
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import {
  type AgreementCoefficient,
  type AgreementWeighting,
  brennanPrediger,
  type ConfusionMatrix,
  cohenKappa,
  confusionMatrix,
  congerKappa,
  gwetAc,
  type IntraclassCorrelation,
  intraclassCorrelation,
  KAPPA_WEIGHTINGS,
  type KappaEstimate,
  krippendorffAlpha,
  MEASUREMENT_LEVELS,
  parseCsv,
  type ResearchError,
  scottPi,
  weightedKappa,
  wilsonInterval,
} from "ipt-formulation/research";
import { type Command, choice, fail, stringOption, usageError } from "../command.js";
import { type CliIo, EXIT, type ExitCode, inputName, readText, write } from "../io.js";

/** The statistics of `--stat`. */
const STATS = ["kappa", "fleiss", "gwet", "bp", "conger", "alpha", "icc"] as const;
type Stat = (typeof STATS)[number];

const STAT_NAMES: Readonly<Record<Exclude<Stat, "kappa" | "icc">, string>> = {
  fleiss: "Fleiss' kappa (Scott's pi for two raters)",
  gwet: "Gwet's AC",
  bp: "Brennan-Prediger",
  conger: "Conger's kappa",
  alpha: "Krippendorff's alpha",
};

/**
 * The default statistic for the number of raters and the level: Cohen's kappa for two
 * raters on a nominal scale, Fleiss' kappa for more; Krippendorff's alpha for ordinal and
 * ratio data; the intraclass correlations for interval scores.
 */
export function defaultStat(raters: number, level: (typeof MEASUREMENT_LEVELS)[number]): Stat {
  if (level === "interval") return "icc";
  if (level !== "nominal") return "alpha";
  return raters === 2 ? "kappa" : "fleiss";
}

/** Read a CSV of weights: k rows of k numbers; diagonal 1 = agreement, 0 = disagreement. */
/** Reads the ratings CSV (a file, or stdin for `-`): its header and rows, or the exit code after saying why not. */
async function readRatings(
  path: string,
  io: CliIo,
): Promise<
  { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] } | ExitCode
> {
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
  return { header, rows };
}

async function readWeights(
  path: string,
  io: CliIo,
): Promise<
  { ok: true; value: AgreementWeighting } | { ok: false; message: string; code: ExitCode }
> {
  const text = await readText(path, io);
  if (!text.ok) return { ok: false, message: text.message, code: EXIT.io };
  const records = parseCsv(text.value);
  if (E.isLeft(records)) {
    return {
      ok: false,
      message: `--weights: ${inputName(path)} is not valid CSV`,
      code: EXIT.invalid,
    };
  }
  const rows = records.right
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r) => r.map((c) => (c.trim() === "" ? Number.NaN : Number(c))));
  if (rows.length === 0 || rows.some((r) => r.some((x) => !Number.isFinite(x)))) {
    return {
      ok: false,
      message: "--weights: every cell of the weight matrix must be a number",
      code: EXIT.invalid,
    };
  }
  const disagreement = rows.every((r, i) => r[i] === 0);
  return { ok: true, value: disagreement ? { disagreement: rows } : { agreement: rows } };
}

const fmt = (x: number | null | undefined, digits = 3): string =>
  x === null || x === undefined ? "n/a" : x.toFixed(digits);

const pValue = (p: number | null): string =>
  p === null ? "n/a" : p < 0.0001 ? "< 0.0001" : p.toFixed(4);

/** The text report of a chance-corrected coefficient. */
export function coefficientText(
  stat: string,
  columns: readonly string[],
  c: AgreementCoefficient,
): string {
  const ci = c.confidenceInterval;
  return [
    `${stat} for ${columns.join(", ")}: n = ${c.subjects} subject${c.subjects === 1 ? "" : "s"}`,
    `Coefficient: ${fmt(c.coefficient)} (SE ${fmt(c.standardError)}; ${ci === null ? "no CI" : `${Math.round(ci.level * 100)}% CI ${fmt(ci.lower)} to ${fmt(ci.upper)}`}; p ${pValue(c.pValue)})`,
    `Observed agreement p_a = ${fmt(c.observedAgreement, 4)}, chance agreement p_e = ${fmt(c.expectedAgreement, 4)}; weights: ${c.weights}`,
    `Categories: ${c.categories.join(", ")}`,
    "",
  ].join("\n");
}

/** The text report of the six intraclass correlations. */
export function iccText(columns: readonly string[], r: IntraclassCorrelation): string {
  const head = ["type", "ICC", "F", "df1", "df2", "p", "lower", "upper"];
  const rows = r.forms.map((f) => [
    f.type,
    fmt(f.icc),
    fmt(f.f, 2),
    String(f.df1),
    fmt(f.df2, Number.isInteger(f.df2) ? 0 : 1),
    pValue(f.p),
    fmt(f.confidenceInterval.lower),
    fmt(f.confidenceInterval.upper),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, j) => Math.max(...all.map((row) => (row[j] ?? "").length)));
  return [
    `Intraclass correlations (Shrout & Fleiss 1979) for ${columns.join(", ")}: ${r.subjects} subjects, ${r.raters} raters${r.omitted > 0 ? ` (${r.omitted} subject${r.omitted === 1 ? "" : "s"} with a missing score omitted)` : ""}`,
    ...all.map(
      (row) =>
        `  ${row.map((c, j) => (j === 0 ? c.padEnd(widths[j] ?? 0) : c.padStart(widths[j] ?? 0))).join("  ")}`,
    ),
    "",
  ].join("\n");
}

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
    "Agreement between raters in a CSV: kappa, Fleiss, Gwet's AC1/AC2, Krippendorff's alpha, ICC.",
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
    "",
    "With --raters C1,C2,… (any number of columns; an empty cell is a missing rating) or",
    "--stat, one statistic for all of them: fleiss (Fleiss' kappa; Scott's pi for two raters),",
    "gwet (Gwet's AC1, AC2 with weights), bp (Brennan-Prediger), conger (Conger's kappa),",
    "alpha (Krippendorff's alpha at --level), icc (the six Shrout & Fleiss intraclass",
    "correlations, for numeric scores), or kappa (Cohen's, two raters). The default follows",
    "the raters and --level: kappa for two raters and fleiss for more on a nominal scale,",
    "alpha for ordinal or ratio data, icc for interval scores. --weights takes linear,",
    "quadratic, or a CSV file of a k x k weight matrix in category order (diagonal 1:",
    "agreement weights; diagonal 0: Cohen's disagreement weights).",
  ].join("\n"),
  options: {
    a: { type: "string", value: "COL", help: "the first rater's column (required)" },
    b: { type: "string", value: "COL", help: "the second rater's column (required)" },
    raters: {
      type: "string",
      value: "C1,C2,…",
      help: "two or more raters' columns (instead of --a and --b)",
    },
    stat: {
      type: "string",
      value: STATS.join("|"),
      help: "the statistic (default: by raters and --level)",
    },
    level: {
      type: "string",
      value: MEASUREMENT_LEVELS.join("|"),
      help: "level of measurement (default nominal)",
    },
    weights: {
      type: "string",
      value: "linear|quadratic|FILE.csv",
      help: "weighted kappa (needs --categories) or weighted coefficients",
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
    "ipt-formulation agreement panel.csv --raters c1,c2,c3,model --stat gwet",
    "ipt-formulation agreement scores.csv --raters tool,clinician --level interval",
    "ipt-formulation agreement severity.csv --a rater1 --b rater2 --weights quadratic --categories none,mild,moderate,severe",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", FORMATS, "text");
    if (!format.ok) return usageError(io, "agreement", format.message);
    const level = choice(args, "level", MEASUREMENT_LEVELS, "nominal");
    if (!level.ok) return usageError(io, "agreement", level.message);
    const statArg = choice(args, "stat", [...STATS, "default"] as const, "default");
    if (!statArg.ok) return usageError(io, "agreement", statArg.message);
    const ratersText = stringOption(args, "raters");
    const colA = stringOption(args, "a");
    const colB = stringOption(args, "b");
    const columns =
      ratersText !== undefined
        ? ratersText.split(",")
        : colA !== undefined && colB !== undefined
          ? [colA, colB]
          : undefined;
    if (columns === undefined)
      return usageError(
        io,
        "agreement",
        "--a and --b (the two raters' columns), or --raters, are required",
      );
    if (columns.length < 2)
      return usageError(io, "agreement", "--raters needs two or more columns");
    const weightsText = stringOption(args, "weights");
    const weightsFile =
      weightsText !== undefined && /\.csv$/i.test(weightsText) ? weightsText : undefined;
    const stat =
      statArg.value === "default" ? defaultStat(columns.length, level.value) : statArg.value;
    if (stat !== "kappa" || ratersText !== undefined || weightsFile !== undefined) {
      return runMulti(args, io, {
        columns,
        stat,
        level: level.value,
        weightsText,
        weightsFile,
        json: format.value === "json",
      });
    }
    if (colA === undefined || colB === undefined)
      return usageError(io, "agreement", "--a and --b (the two raters' columns) are required");
    const weights = choice(args, "weights", [...KAPPA_WEIGHTINGS, "none"] as const, "none");
    if (!weights.ok)
      return usageError(io, "agreement", `${weights.message}, or a CSV file (FILE.csv)`);
    const categoriesText = stringOption(args, "categories");
    const categories = categoriesText?.split(",");
    if (weights.value !== "none" && categories === undefined)
      return usageError(
        io,
        "agreement",
        "--weights needs --categories (the ordered scale, lowest first)",
      );

    const path = args.positionals[0] as string;
    const ratings = await readRatings(path, io);
    if (typeof ratings === "number") return ratings;
    const { header, rows } = ratings;
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

interface MultiPlan {
  readonly columns: readonly string[];
  readonly stat: Stat;
  readonly level: (typeof MEASUREMENT_LEVELS)[number];
  readonly weightsText: string | undefined;
  readonly weightsFile: string | undefined;
  readonly json: boolean;
}

/** One statistic over any number of rater columns; empty cells are missing ratings. */
async function runMulti(
  args: Parameters<Command["run"]>[0],
  io: CliIo,
  plan: MultiPlan,
): Promise<ExitCode> {
  const { columns, stat, level, weightsText, weightsFile, json } = plan;
  let weights: AgreementWeighting | undefined;
  if (weightsFile !== undefined) {
    const read = await readWeights(weightsFile, io);
    if (!read.ok) return fail(io, "agreement", read.message, read.code);
    weights = read.value;
  } else if (weightsText !== undefined && weightsText !== "none") {
    if (!(KAPPA_WEIGHTINGS as readonly string[]).includes(weightsText))
      return usageError(
        io,
        "agreement",
        `--weights must be one of: ${KAPPA_WEIGHTINGS.join(", ")}, none, or a CSV file (FILE.csv)`,
      );
    weights = weightsText as AgreementWeighting;
  }
  const categories = stringOption(args, "categories")?.split(",");
  const path = args.positionals[0] as string;
  const ratings = await readRatings(path, io);
  if (typeof ratings === "number") return ratings;
  const { header, rows } = ratings;
  const indexes = columns.map((c) => header.indexOf(c));
  const missing = indexes.indexOf(-1);
  if (missing >= 0)
    return usageError(
      io,
      "agreement",
      `there is no column ${JSON.stringify(columns[missing])} in the header`,
    );
  const cells = rows.map((row) => indexes.map((i) => (row[i] ?? "").trim()));
  const report = (error: ResearchError): ExitCode =>
    fail(io, "agreement", `${error.message} (${error.path})`, EXIT.invalid);

  if (stat === "icc") {
    const scores = cells.map((row) => row.map((x) => (x === "" ? null : Number(x))));
    const bad = scores.findIndex((row) => row.some((x) => x !== null && !Number.isFinite(x)));
    if (bad >= 0)
      return fail(io, "agreement", `row ${bad + 1}: an ICC needs numeric scores`, EXIT.invalid);
    const r = intraclassCorrelation(scores);
    if (E.isLeft(r)) return report(r.left);
    await write(
      io.stdout,
      json
        ? `${JSON.stringify({ stat, columns, ...r.right }, null, 2)}\n`
        : iccText(columns, r.right),
    );
    return EXIT.ok;
  }
  const data = cells.map((row) => row.map((x) => (x === "" ? null : x)));
  const options = {
    ...(weights === undefined ? {} : { weights }),
    ...(categories === undefined ? {} : { categories }),
  };
  const r =
    stat === "alpha"
      ? krippendorffAlpha(data, { level, ...(categories === undefined ? {} : { categories }) })
      : stat === "gwet"
        ? gwetAc(data, options)
        : stat === "bp"
          ? brennanPrediger(data, options)
          : stat === "fleiss"
            ? scottPi(data, options)
            : congerKappa(data, options);
  if (E.isLeft(r)) return report(r.left);
  const name =
    stat === "kappa"
      ? columns.length === 2
        ? "Cohen's kappa"
        : "Conger's kappa"
      : stat === "alpha"
        ? `${STAT_NAMES.alpha} (${level})`
        : STAT_NAMES[stat];
  await write(
    io.stdout,
    json
      ? `${JSON.stringify({ stat, columns, level, ...r.right }, null, 2)}\n`
      : coefficientText(name, columns, r.right),
  );
  return EXIT.ok;
}
