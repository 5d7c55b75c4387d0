/**
 * `ipt-formulation schema`: the JSON Schema of ipt-case/1.
 *
 * @module
 */
import { caseJsonSchema } from "ipt-formulation/intake";
import type { Command } from "../command.js";
import { EXIT, write } from "../io.js";

export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of the ipt-case/1 format.",
  arguments: "",
  positionals: { min: 0, max: 0 },
  description: [
    "The schema describes the structure only; the cross-field rules (unique ids, references,",
    "dates not after assessedOn, size limits) are checked by `ipt-formulation validate`.",
  ].join("\n"),
  options: {},
  examples: ["ipt-formulation schema > ipt-case-1.schema.json"],
  run: async (_args, io) => {
    await write(io.stdout, `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
