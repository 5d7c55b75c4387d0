/**
 * The package version, read from package.json at build time (tsup bundles the JSON).
 *
 * @module
 */
import pkg from "../../package.json" with { type: "json" };

/** The version of the installed package. */
export const VERSION: string = pkg.version;
