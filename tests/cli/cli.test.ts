/**
 * The built CLI, run as a subprocess: every command, help, version, bad input, missing
 * files, bad flags, stdin, a 100,000-line batch with invalid lines, EPIPE, CSV output.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { DEFAULT_MODEL, decodeCase, formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { caseJsonSchema } from "ipt-formulation/intake";
import { BATCH_ROW_COLUMNS, cohenKappa, parseCsv, synthesizeCases } from "ipt-formulation/research";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { CLI, cli, cliUntil, hasStack, prepareCli, ROOT, removeCli } from "./support.js";

const COMMANDS = ["formulate", "validate", "batch", "schema", "synth", "agreement", "sensitivity"];
const fixture = (name: string): string => join(ROOT, "tests", "fixtures", `${name}.json`);
const fixtureText = (name: string): string => readFileSync(fixture(name), "utf8");

let dir = "";
const tmp = (name: string): string => join(dir, name);

beforeAll(() => {
  prepareCli();
  dir = mkdtempSync(join(tmpdir(), "ipt-cli-test-"));
}, 240_000);

afterAll(() => {
  removeCli();
  rmSync(dir, { recursive: true, force: true });
});

/** Synthetic cases as JSON Lines text. */
const synthLines = (count: number, seed: number): string[] => {
  const r = synthesizeCases({ count, seed });
  if (E.isLeft(r)) throw new Error(r.left.message);
  return [...r.right].map((c) => JSON.stringify(c));
};

const jsonl = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe.concurrent("top level", () => {
  it("--version and -v print the package version", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await cli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("--help lists every command and the exit codes", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c} `);
    expect(r.stdout).toContain("Exit codes: 0 success, 1 invalid input, 2 usage error, 3");
    expect((await cli(["-h"])).stdout).toBe(r.stdout);
    expect((await cli(["help"])).stdout).toBe(r.stdout);
  });

  it("no arguments: the help on stderr, exit 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: ipt-formulation <command>");
  });

  it("an unknown command or option is a usage error without a stack", async () => {
    const r = await cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(hasStack(r.stderr)).toBe(false);
    const o = await cli(["--frob"]);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain("unknown option --frob");
    expect((await cli(["help", "nope"])).code).toBe(2);
  });

  it.each(COMMANDS)("%s --help shows its usage, options and exit codes", async (c) => {
    const r = await cli([c, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`Usage: ipt-formulation ${c}`)).toBe(true);
    expect(r.stdout).toContain("-h, --help");
    expect(r.stdout).toContain("Exit codes:");
  });

  it("-h and help <command> are --help", async () => {
    const r = await cli(["batch", "--help"]);
    expect((await cli(["batch", "-h"])).stdout).toBe(r.stdout);
    expect((await cli(["help", "batch"])).stdout).toBe(r.stdout);
  });

  it.each([
    [["formulate"], "missing argument <file|->"],
    [["formulate", "a", "b"], "too many arguments"],
    [["schema", "x"], "takes no arguments"],
    [["formulate", "-", "--format", "xml"], "--format must be one of: json, text"],
    [["batch", "-", "--bogus"], "Unknown option '--bogus'"],
    [["batch", "-", "--jobs", "0"], "--jobs must be an integer from 1 to 64"],
    [["batch", "-", "--out"], "argument missing"],
    [["synth"], "--count is required"],
    [["synth", "--count=-1"], "--count must be an integer"],
    [["synth", "--count", "1.5"], "--count must be an integer"],
    [["synth", "--count", "2", "--seed", "x"], "--seed must be an integer"],
    [["synth", "--count", "2", "--mix", "grief"], "--mix must look like"],
    [["synth", "--count", "2", "--mix", "sadness=1"], "mix may only name the four problem areas"],
    [["agreement", "x.csv"], "--a and --b"],
    [
      ["agreement", "x.csv", "--a", "p", "--b", "q", "--weights", "linear"],
      "--weights needs --categories",
    ],
    [
      ["agreement", "x.csv", "--a", "p", "--b", "q", "--weights", "cubic"],
      "--weights must be one of",
    ],
    [["sensitivity", "-", "--epsilon", "1"], "--epsilon must be a number in [0, 1)"],
    [["sensitivity", "-", "--runs", "0"], "--runs must be an integer from 1"],
    [["sensitivity", "-", "--threshold", "2"], "--threshold must be a number in [0, 1]"],
  ])("%j is a usage error (exit 2): %s", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("--help' for usage.");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it.each([["formulate"], ["batch"], ["agreement", "--a", "x", "--b", "y"]])(
    "%s: a missing file is exit 3 with a plain message",
    async (command, ...rest) => {
      const r = await cli([command, tmp("nope.json"), ...rest]);
      expect(r.code).toBe(3);
      expect(hasStack(r.stderr)).toBe(false);
      expect(r.stderr).toBe(
        `ipt-formulation ${command}: cannot read ${tmp("nope.json")}: no such file or directory\n`,
      );
    },
  );

  it("a directory as input is exit 3", async () => {
    expect((await cli(["batch", dir])).code).toBe(3);
    expect((await cli(["formulate", dir])).stderr).toContain("is a directory");
  });
});

describe.concurrent("formulate", () => {
  const c = decodeCase(JSON.parse(fixtureText("grief-mother")));
  if (E.isLeft(c)) throw new Error("fixture");
  const f = formulate(c.right);

  it("writes the formulation as JSON, from a file and from stdin", async () => {
    const r = await cli(["formulate", fixture("grief-mother")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(f);
    expect((await cli(["formulate", "-"], fixtureText("grief-mother"))).stdout).toBe(r.stdout);
  });

  it("writes plain text with --format text: people and events by their labels", async () => {
    const r = await cli(["formulate", fixture("grief-mother"), "--format", "text"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(explainFormulation(f, { case: c.right }));
    expect(r.stdout).toContain("Mother: Grief");
  });

  it("uses --model and refuses an invalid model file (exit 2) or one that is not JSON", async () => {
    writeFileSync(
      tmp("model.json"),
      JSON.stringify({ id: "wide", params: { focus: { margin: 0.3 } } }),
    );
    const r = await cli(["formulate", fixture("grief-mother"), "--model", tmp("model.json")]);
    expect(JSON.parse(r.stdout).model.id).toBe("wide");
    writeFileSync(tmp("bad-model.json"), JSON.stringify({ params: { closeness: { inner: 2 } } }));
    const bad = await cli(["formulate", fixture("grief-mother"), "--model", tmp("bad-model.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("params.closeness.inner: too-large");
    writeFileSync(tmp("junk-model.json"), "{");
    expect(
      (await cli(["formulate", fixture("grief-mother"), "--model", tmp("junk-model.json")])).code,
    ).toBe(2);
    expect(
      (await cli(["formulate", fixture("grief-mother"), "--model", tmp("none.json")])).code,
    ).toBe(3);
  });

  it("an invalid case is exit 1 with paths and codes on stderr, never an input value", async () => {
    const input = JSON.parse(fixtureText("grief-mother"));
    input.patientName = "Jane Doe";
    input.relationships[0].circle = "Jane Doe";
    const r = await cli(["formulate", "-"], JSON.stringify(input));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("relationships[0].circle: invalid-value");
    expect(r.stderr).toContain("(case): unknown-key");
    expect(r.stderr).not.toContain("Jane");
    expect(r.stderr).not.toContain("patientName");
  });

  it("input that is not JSON is exit 1, without the parser's message (it quotes the input)", async () => {
    const r = await cli(["formulate", "-"], '{"label": "Jane Doe"');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  (case): unreadable-input: is not valid JSON (stdin)\n");
    expect(r.stderr).not.toContain("Jane");
  });

  it("checks measure items against the built-in instruments (exit 1 for a PHQ-9 of 3 items)", async () => {
    const input = JSON.parse(fixtureText("grief-mother"));
    input.measures = [{ instrument: "phq-9", administeredOn: "2026-01-12", items: [0, 0, 0] }];
    const r = await cli(["formulate", "-"], JSON.stringify(input));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("measures[0].items: item-count");
  });
});

describe.concurrent("validate", () => {
  it("a valid case: exit 0", async () => {
    const r = await cli(["validate", fixture("dispute-partner")]);
    expect(r).toEqual({
      code: 0,
      stdout: `${fixture("dispute-partner")}: valid ipt-case/1 case\n`,
      stderr: "",
    });
  });

  it("an invalid case: exit 1, every issue with its path and code, no input value", async () => {
    const input = JSON.parse(fixtureText("dispute-partner"));
    input.relationships[0].label = "";
    input.relationships[0].role = "Jane Doe";
    input.secret = "Jane Doe";
    const r = await cli(["validate", "-"], JSON.stringify(input));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stdin: 3 issues");
    expect(r.stdout).toContain(
      "  relationships[0].label: empty: is empty: leave the field out when it has no answer\n",
    );
    expect(r.stdout).toContain("  relationships[0].role: invalid-value:");
    expect(r.stdout).toContain(
      "  (case): unknown-key: has a field that ipt-case/1 does not define (unknown fields are rejected)\n",
    );
    expect(r.stdout).not.toContain("Jane");
    expect(r.stdout).not.toContain("secret");
  });

  it("--format json gives { valid, issues }", async () => {
    const ok = await cli(["validate", fixture("dispute-partner"), "--format", "json"]);
    expect(JSON.parse(ok.stdout)).toEqual({ valid: true, issues: [] });
    const bad = await cli(["validate", "-", "--format", "json"], "[]");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({
      valid: false,
      issues: [
        {
          path: "",
          code: "invalid-type",
          message: "must be of type object",
          expected: { type: "object" },
        },
      ],
    });
    const junk = await cli(["validate", "-", "--format", "json"], "nope");
    expect(JSON.parse(junk.stdout).issues).toEqual([
      { path: "", code: "unreadable-input", message: "is not valid JSON (stdin)" },
    ]);
  });
});

describe.concurrent("schema", () => {
  it("prints the JSON Schema of ipt-case/1", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(caseJsonSchema());
  });
});

describe.concurrent("synth", () => {
  it("writes the library's synthetic cases as JSON Lines, deterministic per seed", async () => {
    const r = await cli(["synth", "--count", "25", "--seed", "42"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      synthLines(25, 42)
        .map((l) => `${l}\n`)
        .join(""),
    );
    expect((await cli(["synth", "-n", "25", "-s", "42"])).stdout).toBe(r.stdout);
    expect((await cli(["synth", "-n", "25", "-s", "43"])).stdout).not.toBe(r.stdout);
    expect((await cli(["synth", "--count", "0"])).stdout).toBe("");
  });

  it("writes to --out, uses --mix, and every case validates", async () => {
    const r = await cli([
      "synth",
      "--count",
      "40",
      "--seed",
      "1",
      "--mix",
      "grief=1",
      "--out",
      tmp("grief.jsonl"),
    ]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    const lines = readFileSync(tmp("grief.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(40);
    for (const l of lines) expect(E.isRight(decodeCase(JSON.parse(l)))).toBe(true);
    const b = await cli(["batch", tmp("grief.jsonl")]);
    expect(jsonl(b.stdout).filter((x) => x.primary === "grief").length).toBeGreaterThan(30);
    expect(
      (await cli(["synth", "-n", "1", "--out", join(dir, "no", "such", "dir.jsonl")])).code,
    ).toBe(3);
  });
});

describe("batch", () => {
  const valid = synthLines(30, 5);
  const input = [
    valid[0],
    "{not json",
    valid[1],
    "",
    JSON.stringify({ format: "ipt-case/1", patientName: "Jane Doe" }),
    valid[2],
  ].join("\n");

  it("one record per line, in order; invalid lines as error records with code@path; exit 1", async () => {
    const r = await cli(["batch", "-"], `${input}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const records = jsonl(r.stdout);
    expect(records.map((x) => [x.line, x.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
      [5, false],
      [6, true],
    ]);
    expect(records[1]?.issues).toBe("unreadable-input@");
    expect(records[4]?.issues).toContain("required@assessedOn");
    expect(records[4]?.issues).toContain("unknown-key@");
    expect(r.stdout).not.toContain("Jane");
    expect(Object.keys(records[0] ?? {})).toEqual([
      "line",
      ...BATCH_ROW_COLUMNS.filter((c) => c !== "index"),
    ]);
    const expected = formulate(
      E.getOrElseW(() => {
        throw new Error("fixture");
      })(decodeCase(JSON.parse(valid[0] as string))),
    );
    expect(records[0]).toMatchObject({
      caseId: expected.caseId,
      primary: expected.focus.primary,
      modelDigest: DEFAULT_MODEL.digest,
    });
  });

  it("all valid: exit 0; CRLF line breaks and a last line without a break are read", async () => {
    const r = await cli(["batch", "-"], valid.slice(0, 3).join("\r\n"));
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((x) => x.ok)).toEqual([true, true, true]);
  });

  it("an empty input gives no records (CSV: the header) and exit 0", async () => {
    expect(await cli(["batch", "-"], "")).toEqual({ code: 0, stdout: "", stderr: "" });
    const csv = await cli(["batch", "-", "--format", "csv"], "");
    expect(csv.stdout).toBe(`line,${BATCH_ROW_COLUMNS.filter((c) => c !== "index").join(",")}\r\n`);
  });

  it("CSV output parses back (RFC 4180) to the same fields as the JSON Lines output", async () => {
    const j = jsonl((await cli(["batch", "-"], input)).stdout);
    const c = await cli(["batch", "-", "--format", "csv"], input);
    expect(c.code).toBe(1);
    const parsed = parseCsv(c.stdout);
    if (E.isLeft(parsed)) throw new Error(parsed.left.message);
    const [header, ...rows] = parsed.right;
    expect(header).toEqual(Object.keys(j[0] ?? {}));
    expect(rows).toEqual(j.map((x) => Object.values(x).map((v) => (v === null ? "" : String(v)))));
  });

  it("the same output with one thread or with worker threads (from line 4,001), to stdout or --out", async () => {
    const lines = synthLines(5000, 9).join("\n");
    writeFileSync(tmp("b.jsonl"), lines);
    const one = await cli(["batch", tmp("b.jsonl"), "--jobs", "1"]);
    const two = await cli(["batch", "-", "-j", "2", "--out", tmp("b-out.jsonl")], lines);
    expect(one.code).toBe(0);
    expect(jsonl(one.stdout)).toHaveLength(5000);
    expect(two).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(tmp("b-out.jsonl"), "utf8")).toBe(one.stdout);
  }, 60_000);

  it("--model stamps every record; an unwritable --out is exit 3", async () => {
    writeFileSync(tmp("m.json"), JSON.stringify({ id: "batch-model", version: "2.0.0" }));
    const r = jsonl(
      (await cli(["batch", "-", "--model", tmp("m.json"), "-j", "1"], valid.slice(0, 2).join("\n")))
        .stdout,
    );
    expect(r.map((x) => [x.modelId, x.modelVersion])).toEqual([
      ["batch-model", "2.0.0"],
      ["batch-model", "2.0.0"],
    ]);
    const bad = await cli(["batch", "-", "--out", join(dir, "missing", "x.jsonl")], valid[0]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("cannot write");
  });

  it.runIf(existsSync("/usr/bin/script"))(
    "a progress line on stderr when it is a terminal, always ending with the final counts",
    async () => {
      writeFileSync(tmp("tty.jsonl"), valid.join("\n"));
      // script(1) runs the CLI on a pseudo-terminal and records all it prints in a log file;
      // the records go to --out. Its standard input stays an open pipe until it exits: with
      // none (or at end of input) script can end the session before the child has printed.
      const log = tmp("tty.log");
      const child = spawn(
        "/usr/bin/script",
        [
          "-qefc",
          `${process.execPath} ${CLI} batch ${tmp("tty.jsonl")} --out ${tmp("tty-out.jsonl")}`,
          log,
        ],
        { stdio: ["pipe", "ignore", "ignore"] },
      );
      const [code] = (await once(child, "close")) as [number];
      child.stdin?.destroy();
      expect(code).toBe(0);
      // However quick or slow the run: updates (as many as the run's length allows, maybe
      // none) then the final counts and a line break (the terminal turns \n into \r\n).
      const shown = readFileSync(log, "utf8").match(
        /(?:\rbatch: [\d,]+ lines, [\d,]+ invalid)+\r\n/g,
      );
      expect(shown).toHaveLength(1);
      expect(shown?.[0]).toMatch(/\rbatch: 30 lines, 0 invalid\r\n$/);
      expect(jsonl(readFileSync(tmp("tty-out.jsonl"), "utf8"))).toHaveLength(30);
    },
  );

  it("no progress line when stderr is not a terminal", async () => {
    expect((await cli(["batch", "-"], valid.join("\n"))).stderr).toBe("");
  });

  it("100,000 lines with invalid lines interleaved: one record per line, errors at the right lines", async () => {
    const distinct = synthLines(2000, 2026);
    const bad = ["{oops", "", "[]", JSON.stringify({ format: "ipt-case/1" })];
    const lines: string[] = [];
    const invalidAt: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      if (i % 997 === 13) {
        lines.push(bad[invalidAt.length % bad.length] as string);
        invalidAt.push(i + 1);
      } else lines.push(distinct[i % distinct.length] as string);
    }
    writeFileSync(tmp("big.jsonl"), `${lines.join("\n")}\n`);
    const r = await cli(["batch", tmp("big.jsonl"), "--out", tmp("big-out.jsonl")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = readFileSync(tmp("big-out.jsonl"), "utf8").trimEnd().split("\n");
    expect(out).toHaveLength(100_000);
    const failed: number[] = [];
    const misplaced: number[] = [];
    out.forEach((l, i) => {
      if (l.startsWith(`{"line":${i + 1},"ok":false`)) failed.push(i + 1);
      else if (!l.startsWith(`{"line":${i + 1},"ok":true`)) misplaced.push(i + 1);
    });
    expect(misplaced).toEqual([]);
    expect(failed).toEqual(invalidAt);
  }, 120_000);

  it("a reader that stops early (… | head) ends the CLI quietly with exit 0 (EPIPE)", async () => {
    const distinct = synthLines(500, 4);
    const lines = Array.from({ length: 12_000 }, (_, i) => distinct[i % distinct.length]);
    writeFileSync(tmp("pipe.jsonl"), `${lines.join("\n")}\n`);
    const oneLine = (out: string): boolean => out.includes("\n");
    const runs = [
      await cliUntil(["batch", "-", "-j", "1"], oneLine, tmp("pipe.jsonl")),
      // Past line 4,000, so that the worker threads are running when the pipe closes.
      await cliUntil(
        ["batch", tmp("pipe.jsonl"), "-j", "2"],
        (out) => out.split("\n").length > 6000,
      ),
      await cliUntil(["synth", "--count", "1000000"], oneLine),
    ];
    for (const r of runs) expect([r.code, r.stderr]).toEqual([0, ""]);
  }, 60_000);
});

describe.concurrent("agreement", () => {
  // Wikipedia's worked example of Cohen's kappa: 50 items; yes/yes 20, yes/no 5, no/yes 10, no/no 15.
  const pairs = [
    ...Array<string[]>(20).fill(["yes", "yes"]),
    ...Array<string[]>(5).fill(["yes", "no"]),
    ...Array<string[]>(10).fill(["no", "yes"]),
    ...Array<string[]>(15).fill(["no", "no"]),
  ];
  const csv = `id,a,"rater, b"\r\n${pairs.map(([x, y], i) => `${i},${x},${y}`).join("\r\n")}\r\n51,,yes\r\n`;

  it("reports percent agreement with its Wilson interval, Cohen's kappa and the matrix", async () => {
    writeFileSync(tmp("ratings.csv"), csv);
    const r = await cli(["agreement", tmp("ratings.csv"), "--a", "a", "--b", "rater, b"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("n = 50 (1 row skipped: a rating missing)");
    expect(r.stdout).toContain("Percent agreement: 70.0% (35 of 50;");
    expect(r.stdout).toContain("Cohen's kappa: 0.400 (SE");
    expect(r.stdout).toMatch(/no\s+15\s+10\s+25/);
    expect(r.stdout).toMatch(/yes\s+5\s+20\s+25/);
  });

  it("--format json matches the library's numbers; reads stdin", async () => {
    const r = await cli(["agreement", "-", "--a", "a", "--b", "rater, b", "--format", "json"], csv);
    const out = JSON.parse(r.stdout);
    const k = cohenKappa(
      pairs.map((p) => p[0] as string),
      pairs.map((p) => p[1] as string),
    );
    if (E.isLeft(k)) throw new Error(k.left.message);
    expect(out).toMatchObject({
      n: 50,
      skipped: 1,
      weights: "none",
      percentAgreement: { agreements: 35, proportion: 0.7 },
    });
    expect(out.kappa.kappa).toBeCloseTo(0.4, 12);
    expect(out.kappa.standardError).toBe(k.right.standardError);
    expect(out.confusionMatrix.counts).toEqual([
      [15, 10],
      [5, 20],
    ]);
  });

  it("weighted kappa with --weights and --categories", async () => {
    const ordinal = "r1,r2\nnone,none\nmild,severe\nsevere,severe\nmild,mild\n";
    const r = await cli(
      [
        "agreement",
        "-",
        "--a",
        "r1",
        "--b",
        "r2",
        "--weights",
        "linear",
        "--categories",
        "none,mild,severe",
        "--format",
        "json",
      ],
      ordinal,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kappa.kappa).toBeCloseTo(0.714285714, 6);
    expect(out.confusionMatrix.categories).toEqual(["none", "mild", "severe"]);
  });

  it("a kappa that is undefined is reported, not an error", async () => {
    const r = await cli(
      ["agreement", "-", "--a", "x", "--b", "y"],
      "x,y\ngrief,grief\ngrief,grief\n",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cohen's kappa: not available: every rating is in one category");
  });

  it("bad data is exit 1, an unknown column exit 2", async () => {
    expect((await cli(["agreement", "-", "--a", "x", "--b", "y"], 'x,y\n"a,b\n')).code).toBe(1);
    expect((await cli(["agreement", "-", "--a", "x", "--b", "y"], "")).code).toBe(1);
    expect((await cli(["agreement", "-", "--a", "x", "--b", "y"], "x,y\n,\n")).code).toBe(1);
    expect(
      (await cli(["agreement", "-", "--a", "x", "--b", "y", "--categories", "p"], "x,y\np,q\n"))
        .code,
    ).toBe(1);
    const r = await cli(["agreement", "-", "--a", "x", "--b", "zz"], "x,y\np,q\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--b: there is no column "zz" in the header');
  });
});

describe.concurrent("sensitivity", () => {
  const lines = [...synthLines(12, 77), "{oops"];
  const text = `${lines.join("\n")}\n`;

  it("a text report; invalid lines skipped and counted (exit 1)", async () => {
    const r = await cli(["sensitivity", "-", "--runs", "20", "--seed", "3"], text);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Perturbation: 20 models, each numeric parameter x U[0.9, 1.1], seed 3",
    );
    expect(r.stdout).toContain("Cases: 12 (1 invalid line skipped)");
    expect(r.stdout).toMatch(/Stable cases \(primary kept in >= 95.0% of models\): \d+ of 12/);
    expect(
      (
        await cli(
          ["sensitivity", "-", "--runs", "20", "--seed", "3"],
          lines.slice(0, 12).join("\n"),
        )
      ).code,
    ).toBe(0);
  });

  it("--format json is deterministic per seed and matches the per-case records of jsonl", async () => {
    const a = await cli(
      ["sensitivity", "-", "--runs", "15", "--seed", "9", "--epsilon", "0.3", "--format", "json"],
      text,
    );
    const b = await cli(
      ["sensitivity", "-", "-r", "15", "-s", "9", "-e", "0.3", "--format", "json"],
      text,
    );
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report).toMatchObject({
      runs: 15,
      seed: 9,
      epsilon: 0.3,
      lines: 13,
      invalid: 1,
      summary: { n: 12 },
    });
    const perLine = jsonl(
      (
        await cli(
          ["sensitivity", "-", "-r", "15", "-s", "9", "-e", "0.3", "--format", "jsonl"],
          text,
        )
      ).stdout,
    );
    expect(perLine).toHaveLength(13);
    expect(perLine[12]).toEqual({ line: 13, ok: false, issues: "unreadable-input@" });
    expect(perLine.slice(0, 12).map(({ ok: _ok, ...x }) => x)).toEqual(report.cases);
  });

  it("no valid case is exit 1", async () => {
    const r = await cli(["sensitivity", "-"], "{}\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no valid case");
  });
});
