/**
 * The engine's stamp (#22): every formulation carries RULES_VERSION, and the golden results
 * (every sample and fixture case, formulated) are pinned by hash to the rules version that
 * produced them, so a change of results under a version already pinned fails here.
 *
 * When this fails because you changed what a formulation says: bump RULES_VERSION in
 * src/scoring/rulesVersion.ts (patch: a message or citation; minor: new evidence or flags;
 * major: the output's shape) and add a line `{ "rulesVersion": …, "goldenDigest": … }` with
 * the digest this test prints to tests/scoring/rules-version.json. Never edit a line that is
 * there: a researcher's results are stamped with it.
 */
import { readFileSync } from "node:fs";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { type Formulation, formulate, RULES_VERSION } from "ipt-formulation";
import { describe, expect, it } from "vitest";
import { SAMPLES, UNDATED_DEATHS } from "./fixtures.js";

interface Pin {
  readonly rulesVersion: string;
  readonly goldenDigest: string;
}

const PINS: readonly Pin[] = (
  JSON.parse(readFileSync(new URL("./rules-version.json", import.meta.url), "utf8")) as {
    readonly history: readonly Pin[];
  }
).history;

/** A formulation without its stamp of the rules version (the pin's key, not its content). */
const content = ({ rulesVersion: _, ...rest }: Formulation): Omit<Formulation, "rulesVersion"> =>
  rest;

/** The golden results: every fixture case formulated with the default model, in file order. */
const golden = (): string =>
  JSON.stringify(
    [...SAMPLES, ...[...UNDATED_DEATHS].map(([f, c]) => [`undated-death/${f}`, c] as const)].map(
      ([file, c]) => [file, content(formulate(c))],
    ),
  );

const digestOf = (text: string): string =>
  `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;

const semver = (v: string): readonly number[] => v.split(".").map(Number);
const later = (a: string, b: string): boolean => {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

describe("the rules version", () => {
  it("is stamped on every formulation", () => {
    for (const c of SAMPLES.values()) expect(formulate(c).rulesVersion).toBe(RULES_VERSION);
  });

  it("pins the golden results: a change of any formulation needs a new rules version", () => {
    const digest = digestOf(golden());
    const pin = PINS.find((p) => p.rulesVersion === RULES_VERSION);
    expect(
      pin?.goldenDigest,
      `The golden results give ${digest} under rules ${RULES_VERSION}. If you changed what a formulation says, bump RULES_VERSION (src/scoring/rulesVersion.ts) and add { "rulesVersion": "<new>", "goldenDigest": "${digest}" } to tests/scoring/rules-version.json.`,
    ).toBe(digest);
  });

  it("the pins are a history: each version once, ascending, the current one last", () => {
    const versions = PINS.map((p) => p.rulesVersion);
    expect(new Set(versions).size).toBe(versions.length);
    for (let i = 1; i < versions.length; i++)
      expect(later(versions[i] as string, versions[i - 1] as string)).toBe(true);
    expect(versions.at(-1)).toBe(RULES_VERSION);
    expect(new Set(PINS.map((p) => p.goldenDigest)).size).toBe(PINS.length);
  });

  it("the digest covers what a formulation says, not the stamp of the rules version", () => {
    const [c] = [...SAMPLES.values()];
    if (c === undefined) throw new Error("no sample");
    const f = formulate(c);
    expect(JSON.stringify(content({ ...f, rulesVersion: "9.9.9" }))).toBe(
      JSON.stringify(content(f)),
    );
    const changed = { ...f, areas: f.areas.slice(1) };
    expect(JSON.stringify(content(changed))).not.toBe(JSON.stringify(content(f)));
  });

  it("is a column of every batch row, next to the model's stamp", async () => {
    const { BATCH_ROW_COLUMNS } = await import("ipt-formulation/research");
    expect(BATCH_ROW_COLUMNS.indexOf("rulesVersion")).toBe(
      BATCH_ROW_COLUMNS.indexOf("modelDigest") + 1,
    );
  });
});
