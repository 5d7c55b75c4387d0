/**
 * Chance-corrected agreement coefficients of the form `(p_a - p_e) / (1 - p_e)` on
 * normalized units, with the linearized standard errors of Gwet (2008, 2014) as R
 * `irrCAC` computes them: `v = (1/(n(n-1))) Σ_i (c*_i - c)²` over subjects (the table
 * functions divide by `n²` instead), a Student t interval with `n - 1` degrees of freedom
 * whose upper limit is capped at 1, and a two-sided t p-value.
 *
 * @module
 * @internal
 */
import * as E from "fp-ts/lib/Either.js";
import type { ResearchError } from "../researchError.js";
import { tCritical, tTwoSided } from "./distributions.js";
import { fail } from "./fail.js";
import { at, type Matrix, of, sum } from "./matrix.js";
import type { Units } from "./ratingData.js";

/** Which chance agreement. */
export type Chance = "gwet" | "fleiss" | "bp" | "conger" | "krippendorff";

/** A coefficient with its parts and precision. */
export interface ChanceResult {
  readonly coefficient: number;
  readonly observedAgreement: number;
  readonly expectedAgreement: number;
  readonly subjects: number;
  readonly standardError: number | null;
  readonly confidenceInterval: {
    readonly lower: number;
    readonly upper: number;
    readonly level: number;
  } | null;
  readonly pValue: number | null;
}

const UNDEFINED = "chance agreement is 1 (every rating in one category), so the coefficient is 0/0";

/** The coefficient, its parts and its standard error. `seKnown` false gives a null SE. */
export function chanceCorrected(
  data: Units,
  weights: Matrix,
  chance: Chance,
  level: number,
  seKnown = true,
): E.Either<ResearchError, ChanceResult> {
  const q = data.categories.length;
  const units =
    chance === "krippendorff" ? data.units.filter((u) => sum(u.counts) >= 2) : data.units;
  const n = sum(units.map((u) => u.weight));
  const r = units.map((u) => sum(u.counts));
  const paired = units.filter((_, i) => of(r, i) >= 2);
  if (paired.length === 0) {
    return fail("too-few-raters", "data", "no subject has two or more ratings");
  }
  const n2 = sum(paired.map((u) => u.weight));
  const total = sum(units.map((u, i) => u.weight * of(r, i)));
  const rMean = total / n;
  // Σ_k r_ik (r*_ik - 1), r*_ik = Σ_l w_kl r_il
  const agreeing = units.map((u) =>
    sum(u.counts.map((c, k) => c * (sum(u.counts.map((d, l) => at(weights, k, l) * d)) - 1))),
  );
  const krip = chance === "krippendorff";
  const paI = units.map((_, i) =>
    of(r, i) < 2 ? 0 : of(agreeing, i) / ((krip ? rMean : of(r, i)) * (of(r, i) - 1)),
  );
  const pa0 = sum(units.map((u, i) => u.weight * of(paI, i))) / (krip ? n : n2);
  const epsilon = 1 / total;
  const pa = krip ? (1 - epsilon) * pa0 + epsilon : pa0;
  const pi = data.categories.map(
    (_, k) =>
      sum(units.map((u, i) => (u.weight * of(u.counts, k)) / (krip ? rMean : of(r, i)))) / n,
  );
  const tw = sum(weights.map((row) => sum(row)));
  const piW = pi.map(
    (_, k) => sum(pi.map((p, l) => (at(weights, k, l) + at(weights, l, k)) * p)) / 2,
  );
  // Conger: rater-specific category proportions p_gk.
  const nr = data.raters ?? 0;
  const perRater = Array.from({ length: nr }, (_, g) =>
    data.categories.map((_, k) => sum(units.map((u) => (u.raters?.[g] === k ? u.weight : 0)))),
  );
  const ng = perRater.map((row) => sum(row));
  if (chance === "conger" && ng.some((x) => x === 0)) {
    return fail("empty-input", "data", "every rater must rate at least one subject");
  }
  const pgk = perRater.map((row, g) => row.map((c) => c / of(ng, g)));
  const pMean = data.categories.map((_, k) => sum(pgk.map((row) => of(row, k))) / nr);
  const congerPe = (): number => {
    let pe = 0;
    for (let k = 0; k < q; k++) {
      for (let l = 0; l < q; l++) {
        const s2 =
          (sum(pgk.map((row) => of(row, k) * of(row, l))) - nr * of(pMean, k) * of(pMean, l)) /
          (nr - 1);
        pe += at(weights, k, l) * (of(pMean, k) * of(pMean, l) - s2 / nr);
      }
    }
    return pe;
  };
  const pe =
    chance === "gwet"
      ? q < 2
        ? 1
        : (tw * sum(pi.map((p) => p * (1 - p)))) / (q * (q - 1))
      : chance === "bp"
        ? tw / (q * q)
        : chance === "conger"
          ? congerPe()
          : sum(pi.map((p, k) => p * sum(pi.map((p2, l) => at(weights, k, l) * p2))));
  if (!(1 - pe > 1e-12)) return fail("kappa-undefined", "data", UNDEFINED);
  const coefficient = (pa - pe) / (1 - pe);
  const base = { coefficient, observedAgreement: pa, expectedAgreement: pe, subjects: n };
  if (!seKnown || n < 2) {
    return E.right({ ...base, standardError: null, confidenceInterval: null, pValue: null });
  }

  const alphaPrime = (pa0 - pe) / (1 - pe);
  const peI = units.map((u, i) => {
    const ri = of(r, i);
    switch (chance) {
      case "gwet":
        return ((tw / (q * (q - 1))) * sum(u.counts.map((c, k) => c * (1 - of(pi, k))))) / ri;
      case "fleiss":
        return sum(u.counts.map((c, k) => c * of(piW, k))) / ri;
      case "krippendorff":
        return sum(u.counts.map((c, k) => c * of(piW, k))) / rMean - (pe * (ri - rMean)) / rMean;
      case "conger": {
        let lambda = 0;
        for (let g = 0; g < nr; g++) {
          const rated = (u.raters?.[g] ?? -1) >= 0 ? 1 : 0;
          for (let k = 0; k < q; k++) {
            let inner = 0;
            for (let l = 0; l < q; l++) {
              const delta = u.raters?.[g] === l ? 1 : 0;
              inner += at(weights, k, l) * (delta - (rated - of(ng, g) / n) * at(pgk, g, l));
            }
            lambda += inner * (n / of(ng, g)) * (nr * of(pMean, k) - at(pgk, g, k));
          }
        }
        return lambda / (nr * (nr - 1));
      }
      default:
        return pe;
    }
  });
  const x = units.map((_, i) => {
    const ri = of(r, i);
    const c = krip
      ? (of(paI, i) - (pa * (ri - rMean)) / rMean - pe) / (1 - pe)
      : ((n / n2) * (of(paI, i) - (ri >= 2 ? pe : 0))) / (1 - pe);
    return c - (2 * (1 - (krip ? alphaPrime : coefficient)) * (of(peI, i) - pe)) / (1 - pe);
  });
  const centre = krip ? alphaPrime : coefficient;
  const squares = sum(units.map((u, i) => u.weight * (of(x, i) - centre) ** 2));
  const variance = data.table ? squares / (n * n) : squares / (n * (n - 1));
  const standardError = Math.sqrt(Math.max(0, variance));
  const t = tCritical(level, n - 1);
  return E.right({
    ...base,
    standardError,
    confidenceInterval: {
      lower: coefficient - t * standardError,
      upper: Math.min(1, coefficient + t * standardError),
      level,
    },
    pValue: standardError > 0 ? tTwoSided(coefficient / standardError, n - 1) : null,
  });
}
