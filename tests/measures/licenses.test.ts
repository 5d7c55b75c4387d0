import { BUILTIN_INSTRUMENTS, DEFAULT_REGISTRY, listInstruments } from "ipt-formulation";
import { INSTRUMENT_LICENSES, INSTRUMENT_NOTES } from "ipt-formulation/measures";
import { describe, expect, it } from "vitest";

describe("INSTRUMENT_LICENSES and INSTRUMENT_NOTES", () => {
  it("cover exactly the built-in instruments, in their order", () => {
    expect(Object.keys(INSTRUMENT_LICENSES)).toEqual([...BUILTIN_INSTRUMENTS]);
    expect(Object.keys(INSTRUMENT_NOTES)).toEqual([...BUILTIN_INSTRUMENTS]);
    expect(listInstruments(DEFAULT_REGISTRY).map((i) => i.id)).toEqual([...BUILTIN_INSTRUMENTS]);
  });

  it("give each licence as found, with what it allows and the source that states it", () => {
    expect(
      Object.fromEntries(BUILTIN_INSTRUMENTS.map((id) => [id, INSTRUMENT_LICENSES[id].status])),
    ).toEqual({
      "phq-9": "free-to-reproduce",
      "gad-7": "free-to-reproduce",
      epds: "restricted",
      "hamd-17": "public-domain",
      "pg-13-r": "unconfirmed",
      icg: "unconfirmed",
    });
    for (const id of BUILTIN_INSTRUMENTS) {
      expect(INSTRUMENT_LICENSES[id].note.length).toBeGreaterThan(40);
      expect(INSTRUMENT_LICENSES[id].source.length).toBeGreaterThan(10);
    }
    expect(INSTRUMENT_LICENSES.epds.note).toContain("Royal College of Psychiatrists");
  });

  it("record at least one decision per instrument, one line each", () => {
    for (const id of BUILTIN_INSTRUMENTS) {
      expect(INSTRUMENT_NOTES[id].length).toBeGreaterThan(0);
      for (const n of INSTRUMENT_NOTES[id]) expect(n).not.toContain("\n");
    }
    expect(INSTRUMENT_NOTES["phq-9"][0]).toMatch(/^Missing items: /);
  });

  it("are frozen at every depth", () => {
    expect(Object.isFrozen(INSTRUMENT_LICENSES)).toBe(true);
    expect(Object.isFrozen(INSTRUMENT_LICENSES.epds)).toBe(true);
    expect(Object.isFrozen(INSTRUMENT_NOTES)).toBe(true);
    expect(Object.isFrozen(INSTRUMENT_NOTES.icg)).toBe(true);
  });
});
