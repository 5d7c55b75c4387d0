import { describe, expect, it } from "vitest";
import { defaultJobs } from "../../src/cli/commands/batch.js";

describe("batch's default number of worker threads", () => {
  it("is one per idle CPU, and the main thread only when fewer than two are idle", () => {
    expect(defaultJobs(2, 0)).toBe(2);
    expect(defaultJobs(2, 0.4)).toBe(2);
    expect(defaultJobs(2, 0.6)).toBe(1);
    expect(defaultJobs(2, 9.7)).toBe(1);
    expect(defaultJobs(8, 3)).toBe(5);
    expect(defaultJobs(1, 0)).toBe(1);
    expect(defaultJobs(256, 0)).toBe(64);
  });
});
