/** Shared helpers of the research tests: the sample cases, decoded, and an Either unwrapper. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as E from "fp-ts/lib/Either.js";
import { type Case, decodeCase } from "ipt-formulation";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** The sample cases as parsed JSON, by file name without `.json`, in name order. */
export const SAMPLE_INPUTS: Readonly<Record<string, unknown>> = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(`${dir}${f}`, "utf8")) as unknown]),
);

/** The right side of an Either, or a failed test with the left side. */
export function right<L, R>(e: E.Either<L, R>): R {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`);
  return e.right;
}

/** The left side of an Either, or a failed test. */
export function left<L, R>(e: E.Either<L, R>): L {
  if (E.isRight(e)) throw new Error("expected Left, got Right");
  return e.left;
}

/** A sample case, decoded. */
export function sampleCase(name: string): Case {
  return right(decodeCase(SAMPLE_INPUTS[name]));
}

/** An async iterable over values, for the stream overloads. */
export async function* asAsync<T>(xs: Iterable<T>): AsyncGenerator<T, void, undefined> {
  for (const x of xs) yield x;
}

/** Collect an async iterable. */
export async function collect<T>(xs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of xs) out.push(x);
  return out;
}

/** The ResearchError a refusal gives: its one issue, also at the top (`code`, `path`, `message`). */
export const researchError = (code: string, path: string, message: string) => ({
  kind: "research-error",
  code,
  path,
  message,
  issues: [{ code, path, message }],
});
