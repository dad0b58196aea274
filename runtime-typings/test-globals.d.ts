// mpts test's globals, as vitest's: *.test.ts files call test() and expect()
// without an import. `mpts test` runs them (in the simulator, or on a board with
// --port); `mpts build` and `mpts flash` leave test files out, and mpts refuses
// these names in any other file (MPTS1002), as the board has no such globals.

declare namespace MptsTest {
  interface Matchers<T> {
    /** The same value (Object.is): a number, string or boolean by its value, an array or object by identity. */
    toBe(expected: T): void;
    /** Deeply equal: arrays element by element, objects and class instances by their fields (their class aside). */
    toEqual(expected: T): void;
    /** A string containing `item` as a substring, or an array with an element that is `item` (toBe's sameness). */
    toContain(item: T extends string ? string : T extends readonly (infer E)[] ? E : never): void;
    /** The value is a function that throws when called (with `message` in the error's message, when given). */
    toThrow(message?: string): void;
    /** The opposite of the next matcher: `expect(x).not.toBe(0)`. */
    readonly not: Matchers<T>;
  }
}

/**
 * A test: `fn` runs when the test file's tests run; it passes unless it throws or an expect fails.
 * An async `fn` is awaited, and fails when it has not finished after `timeoutMs` (5000).
 */
declare function test(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function test(name: string, fn: () => void, timeoutMs?: number): void;

/** Check a value: `expect(add(1, 2)).toBe(3)`; a failed check fails the test, at this line. */
declare function expect<T>(actual: T): MptsTest.Matchers<T>;
