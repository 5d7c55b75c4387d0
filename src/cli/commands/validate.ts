/**
 * `ipt-formulation validate <file|->`: is this a valid ipt-case/1 case?
 *
 * @module
 */
import { type Command, choice, usageError } from "../command.js";
import { EXIT, inputName, write } from "../io.js";
import { issueLines, readCase } from "../shared.js";

const FORMATS = ["text", "json"] as const;

export const validateCommand: Command = {
  name: "validate",
  summary: "Check that a file is a valid ipt-case/1 case; list every issue with its path and code.",
  arguments: "<file|->",
  positionals: { min: 1, max: 1 },
  description: [
    "Decodes one case (a JSON file, or stdin for -) with every rule of the format: structure,",
    "unique ids, references that resolve, no date after assessedOn, size limits. Exits 0 when",
    "valid, 1 when not, listing each issue on stdout as `path: code: message`. Messages name",
    "the path and what was expected, never a value from the input (a label or an id may hold",
    "a real name), so the output is safe to share.",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      value: "text|json",
      help: 'output format (default text); json gives { "valid": bool, "issues": [...] }',
    },
  },
  examples: [
    "ipt-formulation validate case.json",
    "ipt-formulation validate - --format json < case.json",
  ],
  run: async (args, io) => {
    const format = choice(args, "format", FORMATS, "text");
    if (!format.ok) return usageError(io, "validate", format.message);
    const path = args.positionals[0] as string;
    const c = await readCase(path, io, "validate");
    if (!c.ok && c.issues === undefined) return c.code;
    const issues = c.ok ? [] : (c.issues ?? []);
    if (format.value === "json")
      await write(
        io.stdout,
        `${JSON.stringify({ valid: c.ok, issues: issues.map(({ path: p, code, message, expected }) => ({ path: p, code, message, ...(expected === undefined ? {} : { expected }) })) }, null, 2)}\n`,
      );
    else
      await write(
        io.stdout,
        c.ok
          ? `${inputName(path)}: valid ipt-case/1 case\n`
          : `${inputName(path)}: ${issues.length} issue${issues.length === 1 ? "" : "s"}\n${issueLines(issues)}`,
      );
    return c.ok ? EXIT.ok : EXIT.invalid;
  },
};
