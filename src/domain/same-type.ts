/**
 * `true` when two types hold the same fields at every depth with types assignable each way, once every property that
 * may be `undefined` is read as optional (JSON drops an undefined property, so a stored `x: T | undefined` comes back
 * absent): `true satisfies Same<z.output<typeof XSchema>, X>` makes the compiler check that a schema written beside a
 * domain type reads exactly into it — a field the schema forgot (which zod would strip) or mistypes fails the build.
 */
export type Same<A, B> = [Absent<A>] extends [Absent<B>]
  ? [Absent<B>] extends [Absent<A>]
    ? [Paths<A>] extends [Paths<B>]
      ? [Paths<B>] extends [Paths<A>]
        ? true
        : false
      : false
    : false
  : false;

type Absent<T> = T extends readonly (infer U)[]
  ? Absent<U>[]
  : T extends object
    ? { [K in KnownKeys<T> as undefined extends T[K] ? K : never]?: Absent<T[K]> } & {
        [K in KnownKeys<T> as undefined extends T[K] ? never : K]: Absent<T[K]>;
      }
    : T;

/** Every named field's dotted path, in every member of a union and every element of an array. */
type Paths<T> = T extends readonly (infer U)[]
  ? Paths<U>
  : T extends object
    ? { [K in KnownKeys<T>]-?: K | `${K}.${Paths<NonNullable<T[K]>>}` }[KnownKeys<T>]
    : never;

/** The named keys of an object type, without an index signature's `string` (a schema that keeps unknown keys). */
type KnownKeys<T> = keyof { [K in keyof T as K extends string ? (string extends K ? never : K) : never]: true } &
  string;
