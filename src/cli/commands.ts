/**
 * The command table: every command of the CLI, in the order `--help` lists them.
 *
 * To add a command, write `commands/<name>.ts` exporting a {@link Command} (name, help,
 * options, and `run(args, io)` resolving to an exit code; see `commands/formulate.ts` for
 * the reading, decoding and error conventions) and add it to this list. Parsing, `--help`,
 * usage errors and exit codes come from the dispatcher; nothing else changes.
 *
 * @module
 */
import type { Command } from "./command.js";
import { agreementCommand } from "./commands/agreement.js";
import { batchCommand } from "./commands/batch.js";
import { demoCommand } from "./commands/demo.js";
import { formulateCommand } from "./commands/formulate.js";
import { renderCommand } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { sensitivityCommand } from "./commands/sensitivity.js";
import { synthCommand } from "./commands/synth.js";
import { validateCommand } from "./commands/validate.js";

/** Every command, in help order. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  formulateCommand,
  validateCommand,
  batchCommand,
  schemaCommand,
  synthCommand,
  agreementCommand,
  sensitivityCommand,
  renderCommand,
];
