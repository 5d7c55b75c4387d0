/**
 * API reports (api-extractor), one per entry of the entries list, in `docs/api-report/`.
 *
 *   tsx scripts/api.ts          check: exit 1 when a report differs from the built declarations (in `npm test`)
 *   tsx scripts/api.ts --local  update the reports after a deliberate change of the public API
 *
 * Needs `dist/` (`npm run build` first). Every entry shares `api-extractor.json`; only the
 * declarations file and the report's name differ, and both come from `entries.ts`.
 */
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig, type IConfigFile } from "@microsoft/api-extractor";
import { apiReports } from "./derive-entries.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const local = process.argv.includes("--local");
const base = ExtractorConfig.loadFile(`${root}api-extractor.json`);

let failed: string[] = [];
for (const report of apiReports()) {
  const configObject: IConfigFile = {
    ...base,
    projectFolder: root,
    mainEntryPointFilePath: `<projectFolder>/${report.declarations}`,
    compiler: {
      ...base.compiler,
      overrideTsconfig: {
        ...(base.compiler?.overrideTsconfig as Record<string, unknown>),
        files: [`./${report.declarations}`],
      },
    },
    apiReport: {
      ...(base.apiReport as NonNullable<IConfigFile["apiReport"]>),
      enabled: true,
      reportFileName: report.reportFileName,
    },
  };
  const config = ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: `${root}api-extractor.json`,
    packageJsonFullPath: `${root}package.json`,
  });
  const result = Extractor.invoke(config, {
    localBuild: local,
    printApiReportDiff: !local,
    messageCallback: (m) => {
      // the per-message console noise; errors and warnings still count in the result
      if (m.logLevel === "info" || m.logLevel === "verbose") m.handled = true;
    },
  });
  const ok = result.succeeded && (local || !result.apiReportChanged);
  console.log(
    `${ok ? "ok  " : "FAIL"} ${report.entry}: ${report.declarations}${result.apiReportChanged ? (local ? " (report updated)" : " (report differs: run `npm run api` if the change is intended)") : ""}`,
  );
  if (!ok) failed = [...failed, report.entry];
}
if (failed.length > 0) {
  console.error(`API reports out of date or failing: ${failed.join(", ")}`);
  process.exit(1);
}
