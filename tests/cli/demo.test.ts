/**
 * `ipt-formulation demo`, run as a subprocess: each bundled sample formulated and explained
 * as the library does it, the list, the case as JSON, and usage errors that never repeat
 * the argument.
 */
import { decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { SAMPLE_CASES, SAMPLE_NAMES, type SampleName } from "ipt-formulation/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, hasStack, prepareCli, removeCli } from "./support.js";

beforeAll(() => {
  prepareCli();
}, 240_000);
afterAll(() => {
  removeCli();
});

/** The library's text for a sample: its formulation explained with the case (people and events by label). */
const explained = (name: SampleName): string => {
  const d = decodeCase(SAMPLE_CASES[name].case);
  if (d._tag === "Left") throw new Error(`sample ${name} does not decode`);
  return explainFormulation(formulate(d.right), { case: d.right });
};

describe.concurrent("demo", () => {
  it("with no sample: grief-mother, its title and focus, then the library's explanation", async () => {
    const r = await cli(["demo"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const s = SAMPLE_CASES["grief-mother"];
    expect(r.stdout.startsWith(`Sample case grief-mother: ${s.title}.\n`)).toBe(true);
    expect(r.stdout).toContain("The focus IPT would choose: Grief.\n");
    expect(r.stdout).toContain(`\n\n${explained("grief-mother")}\n`);
    expect(r.stdout).toContain("ipt-formulation demo --list");
  });

  it.each(SAMPLE_NAMES)("%s: formulated and explained as the library does", async (name) => {
    const r = await cli(["demo", name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith(`Sample case ${name}: ${SAMPLE_CASES[name].title}.\n`)).toBe(true);
    expect(r.stdout).toContain(explained(name));
  });

  it("names both areas of the close call", async () => {
    const r = await cli(["demo", "divorce-dispute-and-transition"]);
    expect(r.stdout).toContain(
      "The focus IPT would choose: Role dispute or Role transition (a close call).\n",
    );
  });

  it("--list: one line per sample, in order, with its title; nothing formulated", async () => {
    const r = await cli(["demo", "--list"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n").slice(1);
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual([...SAMPLE_NAMES]);
    for (const [i, name] of SAMPLE_NAMES.entries())
      expect(lines[i]).toContain(SAMPLE_CASES[name].title);
    expect(r.stdout).not.toContain("IPT formulation");
  });

  it("--case: the sample's ipt-case/1 JSON, which formulate reads back", async () => {
    const r = await cli(["demo", "dispute-partner", "--case"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(SAMPLE_CASES["dispute-partner"].case);
    const back = await cli(["formulate", "-", "--format", "text"], r.stdout);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(explained("dispute-partner"));
  });

  it("an unknown sample is a usage error (exit 2) listing the samples, never repeating the name", async () => {
    const secret = "Jane-Roe-1984";
    const r = await cli(["demo", secret]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain(secret);
    for (const name of SAMPLE_NAMES) expect(r.stderr).toContain(name);
    expect(r.stderr).toContain("ipt-formulation demo --help");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("bad combinations are usage errors: a sample with --list, --list with --case, two samples, an unknown option", async () => {
    for (const args of [
      ["demo", "--list", "grief-mother"],
      ["demo", "--list", "--case"],
      ["demo", "grief-mother", "dispute-partner"],
      ["demo", "--frob"],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(hasStack(r.stderr)).toBe(false);
    }
  });

  it("--help documents the sample argument and the options; the top-level help lists demo", async () => {
    const r = await cli(["demo", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: ipt-formulation demo [sample] [options]");
    for (const o of ["--list", "--case", "--help"]) expect(r.stdout).toContain(o);
    expect((await cli(["help", "demo"])).stdout).toBe(r.stdout);
    expect((await cli(["--help"])).stdout).toMatch(/\n {2}demo {2,}Formulate a bundled sample/);
  });
});
