/**
 * `ipt-formulation/report`: one call for a server's whole report on a case, in one locale:
 * the formulation, its explanation, the treatment plan and its Markdown, the formulation
 * statement and the three pictures.
 *
 * @example
 * import { buildReport } from "ipt-formulation/report";
 * // In an endpoint: the body is the case as JSON
 * const handle = (body: unknown) => {
 *   const report = buildReport(body, { locale: "es" });
 *   if (report._tag === "Left") return { status: 422, body: report.left.issues };
 *   return { status: 200, body: report.right };
 * };
 * [handle(validCase).status, handle({ format: "ipt-case/1" }).status]
 * //=> [200, 422]
 *
 * @packageDocumentation
 */
export {
  buildReport,
  REPORT_LOCALES,
  type Report,
  type ReportOptions,
  type ReportPictures,
} from "./buildReport.js";
