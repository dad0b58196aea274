// MicroPython's random module: pseudo-random numbers from a small generator (not for keys or
// passwords: use os.urandom). On the ESP32 the generator starts from a hardware random seed;
// seed(n) makes the sequence repeat. Math.random() compiles to random.random() too.

declare module "random" {
  /** An integer of `n` random bits (0 <= result < 2**n), n from 1 to 32. */
  function getrandbits(n: number): number;
  /** Restart the sequence from seed `n` (the same seed gives the same numbers); no seed or null takes a random one. */
  function seed(n?: number | null): void;
  /** A random integer from 0 up to but not including `stop`. */
  function randrange(stop: number): number;
  /** A random integer from `start` up to but not including `stop`, in steps of `step`. */
  function randrange(start: number, stop: number, step?: number): number;
  /** A random integer from `a` to `b`, both included. */
  function randint(a: number, b: number): number;
  /** A random item of a non-empty sequence (an empty one raises IndexError). */
  function choice<T>(sequence: readonly T[]): T;
  /** A random character of a non-empty string. */
  function choice(sequence: string): string;
  /** A random float from 0.0 up to but not including 1.0. */
  function random(): number;
  /** A random float from `a` to `b`. */
  function uniform(a: number, b: number): number;
}
