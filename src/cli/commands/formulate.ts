/**
 * `ipt-formulation formulate <file|->`: one case in, its formulation out.
 *
 * @module
 */
import { formulate } from "ipt-formulation";
import { explainFormulation } from "ipt-formulation/explain";
import { type Command, choice, usageError } from "../command.js";
import { EXIT, inputName, write } from "../io.js";
import { issueLines, loadModel, MODEL_OPTION, readCase } from "../shared.js";

const FORMATS = ["json", "text"] as const;

export const formulateCommand: Command = {
  name: "formulate",
  summary: "Formulate one ipt-case/1 case: the four problem areas ranked, the focus, the flags.",
  arguments: "<file|->",
  positionals: { min: 1, max: 1 },
  description: [
    "Reads one case (a JSON file, or stdin for -), decodes it and writes its formulation",
    "(ipt-formulation/1) as JSON, or as plain text for a clinician with --format text.",
    "An invalid case is reported on stderr with each issue's path and code (never a value",
    "from the input) and exits 1. Decision support: a suggestion for the clinician to confirm.",
  ].join("\n"),
  options: {
    format: { type: "string", value: "json|text", help: "output format (default json)" },
    model: MODEL_OPTION,
  },
  examples: [
    "ipt-formulation formulate case.json",
    "ipt-formulation formulate case.json --format text",
    "cat case.json | ipt-formulation formulate - --model wide-margin.json",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", FORMATS, "json");
    if (!format.ok) return usageError(io, "formulate", format.message);
    const model = await loadModel(args, io, "formulate");
    if (!model.ok) return model.code;
    const path = args.positionals[0] as string;
    const c = await readCase(path, io, "formulate");
    if (!c.ok) {
      if (c.issues !== undefined)
        io.stderr.write(
          `ipt-formulation formulate: ${inputName(path)} is not a valid ipt-case/1 case:\n${issueLines(c.issues)}`,
        );
      return c.code;
    }
    const f = formulate(c.value, model.value.model);
    await write(
      io.stdout,
      format.value === "text"
        ? explainFormulation(f, { case: c.value })
        : `${JSON.stringify(f, null, 2)}\n`,
    );
    return EXIT.ok;
  },
};
