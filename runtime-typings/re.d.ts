// MicroPython's re module: a small regular expression engine, for programs that want Python's
// API (JavaScript's RegExp is a different engine). It knows . [] [^] ^ $ ? * + ?? *? +? | ()
// and \d \D \s \S \w \W; not {m,n}, named groups, look-ahead or back-references.
// The ESP32 firmware's Match has only group(): groups(), start(), end() and span() are left out
// of its build (they are in MicroPython's fullest builds only), and so is the DEBUG flag.

declare module "re" {
  /** A successful match. */
  interface Match {
    /** The text that group `index` matched (0, the default: the whole match); null when the group took no part. */
    group(index?: number): string | null;
    readonly __pythonType: "match";
  }

  /** A compiled regular expression: compile once, match many times. */
  interface Regex {
    /** Match at the start of `string` (from `pos`, up to `endpos`); null when it does not. */
    match(string: string, pos?: number, endpos?: number): Match | null;
    /** The first match anywhere in `string` (from `pos`, up to `endpos`), or null. */
    search(string: string, pos?: number, endpos?: number): Match | null;
    /** `string` with each match (the first `count`; 0 means all) replaced by `replace`: text with \1 or \g<1> group references, or a function of the match. */
    sub(replace: string | ((m: Match) => string), string: string, count?: number, flags?: number): string;
    /** The pieces of `string` between matches (at most `max_split` splits; -1 means all). */
    split(string: string, max_split?: number): string[];
    readonly __pythonType: "re";
  }

  /** Compile `regex` for repeated use. */
  function compile(regex: string): Regex;
  /** Match `regex` at the start of `string`, or null. */
  function match(regex: string, string: string): Match | null;
  /** The first match of `regex` anywhere in `string`, or null. */
  function search(regex: string, string: string): Match | null;
  /** `string` with matches of `regex` (the first `count`; 0 means all) replaced by `replace`. */
  function sub(regex: string, replace: string | ((m: Match) => string), string: string, count?: number, flags?: number): string;
}
