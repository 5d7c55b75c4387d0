/**
 * `ipt-formulation agreement` with any number of raters, --stat, --level and --weights,
 * against published values: irrCAC's `cac.raw4raters` (overview.html: AC1 0.77544,
 * Fleiss 0.76117; weighting.html: AC2 0.914), Krippendorff (2011) p. 8 (ordinal alpha
 * .815), and Shrout & Fleiss (1979) via R psych::ICC (ICC(3,1) .71, F 11.03).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, hasStack, prepareCli, removeCli } from "./support.js";

let dir = "";
const tmp = (name: string): string => join(dir, name);

beforeAll(() => {
  prepareCli();
  dir = mkdtempSync(join(tmpdir(), "ipt-cli-agreement-"));
}, 240_000);

afterAll(() => {
  removeCli();
  rmSync(dir, { recursive: true, force: true });
});

const RAW4 = [
  "r1,r2,r3,r4",
  "1,1,,1",
  "2,2,3,2",
  "3,3,3,3",
  "3,3,3,3",
  "2,2,2,2",
  "1,2,3,4",
  "4,4,4,4",
  "1,1,2,1",
  "2,2,2,2",
  ",5,5,5",
  ",,1,1",
  ",,3,",
  "",
].join("\n");
const SF = [
  "j1,j2,j3,j4",
  "9,2,5,8",
  "6,1,3,2",
  "8,4,6,8",
  "7,1,2,6",
  "10,5,6,9",
  "6,2,4,7",
  "",
].join("\n");
const RATERS = ["--raters", "r1,r2,r3,r4"];

describe.concurrent("agreement: many raters", () => {
  it("defaults to Fleiss' kappa for four nominal raters (irrCAC 0.76117)", async () => {
    const r = await cli(["agreement", "-", ...RATERS, "--format", "json"], RAW4);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stat).toBe("fleiss");
    expect(out.coefficient).toBeCloseTo(0.76117, 5);
    expect(out.standardError).toBeCloseTo(0.15302, 5);
  });

  it("--stat gwet prints AC1 0.775 with its interval; --weights quadratic gives AC2 0.914", async () => {
    const text = await cli(["agreement", "-", ...RATERS, "--stat", "gwet"], RAW4);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Gwet's AC for r1, r2, r3, r4: n = 12 subjects");
    expect(text.stdout).toContain("Coefficient: 0.775 (SE 0.143; 95% CI 0.461 to 1.000;");
    const json = await cli(
      ["agreement", "-", ...RATERS, "--stat", "gwet", "--weights", "quadratic", "--format", "json"],
      RAW4,
    );
    expect(JSON.parse(json.stdout).coefficient).toBeCloseTo(0.914, 5);
  });

  it("--level ordinal defaults to Krippendorff's alpha (.815)", async () => {
    const r = await cli(
      ["agreement", "-", ...RATERS, "--level", "ordinal", "--format", "json"],
      RAW4,
    );
    const out = JSON.parse(r.stdout);
    expect(out.stat).toBe("alpha");
    expect(out.coefficient).toBeCloseTo(0.815, 3);
    expect(out.standardError).toBeNull();
  });

  it("--weights reads a CSV matrix (quadratic weights for 1..5 give AC2 0.914)", async () => {
    const q = [0, 1, 2, 3, 4].map((i) =>
      [0, 1, 2, 3, 4].map((j) => 1 - ((i - j) / 4) ** 2).join(","),
    );
    writeFileSync(tmp("w.csv"), `${q.join("\n")}\n`);
    const r = await cli(
      [
        "agreement",
        "-",
        ...RATERS,
        "--stat",
        "gwet",
        "--weights",
        tmp("w.csv"),
        "--format",
        "json",
      ],
      RAW4,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).coefficient).toBeCloseTo(0.914, 5);
    writeFileSync(tmp("bad.csv"), "1,0\n0,1\n");
    const bad = await cli(
      ["agreement", "-", ...RATERS, "--stat", "gwet", "--weights", tmp("bad.csv")],
      RAW4,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("one row per category");
    expect(hasStack(bad.stderr)).toBe(false);
  });

  it("--level interval gives the six ICCs (Shrout & Fleiss: ICC3 0.715, F 11.03)", async () => {
    const text = await cli(
      ["agreement", "-", "--raters", "j1,j2,j3,j4", "--level", "interval"],
      SF,
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/ICC3\s+0\.715\s+11\.03\s+5\s+15/);
    const json = await cli(
      ["agreement", "-", "--raters", "j1,j2,j3,j4", "--stat", "icc", "--format", "json"],
      SF,
    );
    const out = JSON.parse(json.stdout);
    expect(out.forms[0].icc).toBeCloseTo(0.166, 3);
  });

  it("bad input is an error, never a stack trace", async () => {
    const unknown = await cli(["agreement", "-", "--raters", "r1,zz"], RAW4);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no column "zz" in the header');
    const stat = await cli(["agreement", "-", ...RATERS, "--stat", "median"], RAW4);
    expect(stat.code).toBe(2);
    const words = await cli(
      ["agreement", "-", "--raters", "a,b", "--stat", "icc"],
      "a,b\nx,y\nz,w\n",
    );
    expect(words.code).toBe(1);
    expect(words.stderr).toContain("numeric scores");
    expect(hasStack(words.stderr)).toBe(false);
  });
});
