/**
 * Freeze a plain data value and everything reachable from it. An object already frozen is
 * taken as frozen throughout (true of every value this library freezes: its own constants and
 * freshly built results), so shared frozen parts are not walked again.
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};
