/**
 * Writes the browser bundle's declarations, `dist/ipt-formulation.browser.d.ts`, after tsup:
 * every entry the bundle holds (entries.ts), re-exported from its own declarations. A step of
 * its own because tsup's declaration build clears every `.d.ts` of `dist/` when it starts.
 */
import { writeFileSync } from "node:fs";
import { BROWSER } from "../entries.js";
import { browserDeclarations } from "./derive-entries.js";

writeFileSync(new URL(`../dist/${BROWSER.distName}.d.ts`, import.meta.url), browserDeclarations());
