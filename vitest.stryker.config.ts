/**
 * The vitest config Stryker runs (`stryker.config.json` points here); `npm run test:unit`
 * keeps using `vitest.config.ts`.
 *
 * Same aliases and test files as `vitest.config.ts`, minus what cannot tell a mutant apart
 * or would only make each mutant slower:
 * - type tests (`*.test-d.ts`): typecheck is off, since Stryker's mutants are runtime code
 *   and a type test never executes it;
 * - coverage: Stryker measures its own per-test coverage, v8 coverage only costs time;
 * - `tests/svg/browser*`: launches Chromium and loads the built `dist/` bundle. A mutant
 *   lives in the sandbox's `src/`, never in `dist/`, so the bundle checks cannot see it; the
 *   geometry it measures in the browser is also asserted in Node by `tests/svg/pictures*`
 *   and `tests/svg/circleLayout.test.ts`;
 * - `tests/cli/**` and `tests/pack/**`: run the CLI and the packed tarball, i.e. built code
 *   in child processes, which the mutants in `src/` never reach;
 * - `tests/fuzz/**`: the fuzz slice covers almost every statement, so `perTest` coverage
 *   would run it (seconds per run) for nearly every mutant. Its invariants (no throw, typed
 *   errors, bounded scores) are asserted by the `*.prop.test.ts` suites next to each module,
 *   which stay in;
 *
 * Two settings only make the run faster, not weaker:
 * - `isolate: false`: Stryker switches mutants at run time (no re-import needed), so the
 *   library is imported once per worker instead of once per test file;
 * - the sequencer runs cheap, pointed tests first (the core's folders: scoring, measures,
 *   model, io; then the others), property tests last. Stryker bails at the first failing test, so a killed mutant
 *   rarely reaches the slow property suites. Vitest's default runs the largest files first.
 */
import { relative } from "node:path";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.js";

/** A lower tier runs first. Within a tier, by path, so the order is deterministic. */
const tier = (path: string): number => {
  if (path.endsWith(".prop.test.ts")) return 3;
  if (/^tests\/(scoring|measures|model|io)\//.test(path)) return 1;
  return 2;
};

class CheapFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (f: TestSpecification): string => relative(f.project.config.root, f.moduleId);
    return [...files].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return tier(ka) - tier(kb) || (ka < kb ? -1 : ka > kb ? 1 : 0);
    });
  }
}

/**
 * `STRYKER_TESTS=tests/scoring,tests/explain npx stryker run --mutate 'src/scoring/**'`: run
 * only the tests of the folders named (comma-separated), for a quicker per-module run. A
 * mutant such a run counts as killed is killed by the full suite too, so its score is a lower
 * bound of the full run's.
 */
const onlyFolders = (process.env.STRYKER_TESTS ?? "").split(",").filter((d) => d !== "");

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        "tests/svg/browser*",
        "tests/cli/**",
        "tests/pack/**",
        "tests/fuzz/**",
      ],
      isolate: false,
      sequence: { sequencer: CheapFirstSequencer },
      typecheck: { enabled: false },
      coverage: { enabled: false },
    },
  }),
);

export default onlyFolders.length === 0
  ? config
  : { ...config, test: { ...config.test, include: onlyFolders.map((d) => `${d}/**/*.test.ts`) } };
