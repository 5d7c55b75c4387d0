/**
 * The part of fp-ts's `Option` the core uses, built as fp-ts builds it: `some(a)` is
 * `{ _tag: "Some", value: a }` and `none` is `{ _tag: "None" }`, so every value is an fp-ts
 * `Option` that fp-ts's own functions take as they are (test for absence with `isNone`, as
 * fp-ts does, not by identity with fp-ts's `none`). See `./either.ts` for why the core does
 * not import fp-ts at run time.
 *
 * @module
 * @internal
 */
import type { None, Option, Some } from "fp-ts/lib/Option.js";

export type { Option } from "fp-ts/lib/Option.js";

/** fp-ts's `none`. */
export const none: Option<never> = { _tag: "None" };

/** fp-ts's `some`. */
export const some = <A>(a: A): Option<A> => ({ _tag: "Some", value: a });

/** fp-ts's `isSome`. */
export const isSome = <A>(fa: Option<A>): fa is Some<A> => fa._tag === "Some";

/** fp-ts's `isNone`. */
export const isNone = <A>(fa: Option<A>): fa is None => fa._tag === "None";

/** fp-ts's `fromNullable`. */
export const fromNullable = <A>(a: A): Option<NonNullable<A>> =>
  a == null ? none : some(a as NonNullable<A>);

/** fp-ts's `map`. */
export const map =
  <A, B>(f: (a: A) => B) =>
  (fa: Option<A>): Option<B> =>
    isNone(fa) ? none : some(f(fa.value));

/** fp-ts's `filter`, for a predicate (not a refinement). */
export const filter =
  <A>(predicate: (a: A) => boolean) =>
  (fa: Option<A>): Option<A> =>
    isNone(fa) ? none : predicate(fa.value) ? fa : none;
