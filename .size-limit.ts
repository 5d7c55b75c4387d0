// Size budgets, one per entry of the entries list (entries.ts): each entry's own code, brotli.
import { sizeLimits } from "./scripts/derive-entries.js";

export default sizeLimits();
