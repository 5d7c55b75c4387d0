/**
 * The part of fp-ts's `Either` the core uses, built as fp-ts builds it: `left(e)` is
 * `{ _tag: "Left", left: e }` and `right(a)` is `{ _tag: "Right", right: a }`, so every value
 * is an fp-ts `Either` that fp-ts's own functions (and `pipe`) take as they are.
 *
 * Why not import fp-ts here: fp-ts ships CommonJS for Node (`fp-ts/lib`), and importing its
 * `Either` and `Option` from an ES module loads and translates about twenty modules, which
 * made importing the package about 1.7 times as long as importing zod alone before any of
 * our own code ran. The main entry now loads none of them; fp-ts stays a peer dependency for
 * the types and for the subpaths that compose with it.
 *
 * @module
 * @internal
 */
import type { Either, Left, Right } from "fp-ts/lib/Either.js";

export type { Either } from "fp-ts/lib/Either.js";

/** fp-ts's `left`. */
export const left = <E = never, A = never>(e: E): Either<E, A> => ({ _tag: "Left", left: e });

/** fp-ts's `right`. */
export const right = <E = never, A = never>(a: A): Either<E, A> => ({ _tag: "Right", right: a });

/** fp-ts's `isLeft`. */
export const isLeft = <E, A>(ma: Either<E, A>): ma is Left<E> => ma._tag === "Left";

/** fp-ts's `isRight`. */
export const isRight = <E, A>(ma: Either<E, A>): ma is Right<A> => ma._tag === "Right";

/** fp-ts's `mapLeft`. */
export const mapLeft =
  <E, G>(f: (e: E) => G) =>
  <A>(fa: Either<E, A>): Either<G, A> =>
    isLeft(fa) ? left(f(fa.left)) : fa;
