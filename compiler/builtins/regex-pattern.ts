// Translates a JavaScript regular expression into a pattern for MicroPython's
// `re` (re1.5: a small backtracking engine over the UTF-8 bytes of a string).
// re1.5 has no {m,n}, no flags, no \b, lookaround or backreferences, and no
// escapes such as \n or \x41; it reads patterns as NUL-terminated bytes. The
// translation expands or spells out what JavaScript means, and refuses the rest.
// Since re1.5 matches bytes, anything that can match a non-ASCII character ('.',
// [^...], \D \W \S) matches a whole UTF-8 sequence: a lead byte, then
// continuation bytes (0x80-0xbf), so a match never splits a character.

/** A part of the pattern that cannot be translated: what it is and what to write instead. */
export class RegexUnsupported extends Error {
  constructor(
    readonly what: string,
    readonly instead: string,
  ) {
    super(what);
  }
}

export interface TranslatedRegex {
  /** the pattern as bytes (a string of code units 0..255), without the match prefix */
  pattern: string;
  /** number of capturing groups */
  groups: number;
}

type SetItem = { lo: number; hi: number } | { esc: "d" | "w" | "s" | "D" | "W" | "S" };
type Node =
  | { k: "seq"; items: Node[] }
  | { k: "alt"; alts: Node[] }
  | { k: "char"; cp: number }
  | { k: "set"; neg: boolean; items: SetItem[] }
  | { k: "any" }
  | { k: "group"; cap: boolean; body: Node }
  | { k: "bol" }
  | { k: "eol" }
  | { k: "rep"; body: Node; min: number; max: number; lazy: boolean };

/** Counted repetition is expanded up to this many copies of the repeated part. */
export const MAX_REPEAT = 100;
/** Longest translated pattern (bytes); re1.5 compiles it into RAM on the board. */
export const MAX_PATTERN = 4000;

const SYNTAX = "\\^$.|?*+()[]{}";
const CONT = "\x80-\xbf"; // UTF-8 continuation bytes
/** One whole character that is not in `chars` (a class body): a lead byte and its continuation bytes. */
const notIn = (chars: string) => `(?:[^${chars}${CONT}][${CONT}]*)`;

function utf8(cp: number): string {
  return String.fromCharCode(...new TextEncoder().encode(String.fromCodePoint(cp)));
}

function otherCase(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out = new Set<number>();
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    // only one-character case partners, as JavaScript's case-insensitive matching uses
    if ([...v].length === 1 && v.codePointAt(0) !== cp) out.add(v.codePointAt(0)!);
  }
  return [...out];
}

class Parser {
  i = 0;
  groups = 0;
  constructor(
    readonly src: string,
    readonly unicode: boolean,
  ) {}

  parse(): Node {
    const n = this.disjunction();
    if (this.i < this.src.length) throw new RegexUnsupported(`The unmatched ')' in the pattern`, "escape it as \\)");
    return n;
  }

  private peek(o = 0): string | undefined {
    return this.src[this.i + o];
  }

  private disjunction(): Node {
    const alts = [this.alternative()];
    while (this.peek() === "|") {
      this.i++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0] : { k: "alt", alts };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.term();
      items.push(this.quantified(atom));
    }
    return { k: "seq", items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number, max: number;
    const start = this.i;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{', as JavaScript reads it
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    const lazy = this.peek() === "?";
    if (lazy) this.i++;
    if (atom.k === "bol" || atom.k === "eol") {
      throw new RegexUnsupported(`A quantifier on an anchor (${this.src.slice(start - 1, this.i)})`, "remove the quantifier");
    }
    return { k: "rep", body: atom, min, max, lazy };
  }

  private term(): Node {
    const c = this.src[this.i++];
    switch (c) {
      case "^":
        return { k: "bol" };
      case "$":
        return { k: "eol" };
      case ".":
        return { k: "any" };
      case "[":
        return this.charClass();
      case "(":
        return this.group();
      case "\\":
        return this.atomEscape();
      case "*":
      case "+":
      case "?":
        throw new RegexUnsupported(`The quantifier '${c}' with nothing before it`, `escape it as \\${c}`);
      default:
        this.i--;
        return { k: "char", cp: this.codePoint() };
    }
  }

  private codePoint(): number {
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private group(): Node {
    if (this.peek() === "?") {
      const kind = this.src.slice(this.i, this.i + 3);
      if (kind.startsWith("?:")) {
        this.i += 2;
        return this.groupBody(false);
      }
      if (kind === "?<=" || kind === "?<!") {
        throw new RegexUnsupported(`The lookbehind (${kind}...)`, "match the text before as part of the pattern, or test it with endsWith");
      }
      if (kind.startsWith("?=") || kind.startsWith("?!")) {
        throw new RegexUnsupported(`The lookahead (${kind.slice(0, 2)}...)`, "match the following text as a group, or test it separately");
      }
      if (kind.startsWith("?<")) {
        throw new RegexUnsupported("A named group (?<name>...)", "use a numbered group (...) and read it as m[1]");
      }
      throw new RegexUnsupported(`The group modifier (${kind}...)`, "write the pattern without it");
    }
    this.groups++;
    return this.groupBody(true);
  }

  private groupBody(cap: boolean): Node {
    const body = this.disjunction();
    if (this.peek() !== ")") throw new RegexUnsupported("An unterminated group '('", "close it with ')'");
    this.i++;
    return { k: "group", cap, body };
  }

  private atomEscape(): Node {
    const c = this.peek();
    if (c === undefined) throw new RegexUnsupported("A '\\' at the end of the pattern", "escape it as \\\\");
    if (c === "b" || c === "B") {
      throw new RegexUnsupported(`The word boundary \\${c}`, "match the separator itself (\\s, ^, $ or a class such as [^\\w]) instead");
    }
    if (/[1-9]/.test(c)) throw new RegexUnsupported(`The backreference \\${c}`, "capture the text and compare it after matching");
    if (c === "k" && this.peek(1) === "<")
      throw new RegexUnsupported("The named backreference \\k<...>", "compare the groups after matching");
    const set = this.setEscape();
    if (set) return { k: "set", neg: false, items: [set] };
    return { k: "char", cp: this.charEscape(false) };
  }

  private setEscape(): SetItem | undefined {
    const c = this.peek();
    if (c && "dwsDWS".includes(c)) {
      this.i++;
      return { esc: c as "d" };
    }
    if ((c === "p" || c === "P") && this.unicode) {
      throw new RegexUnsupported(`The Unicode property escape \\${c}{...}`, "list the characters in a class such as [A-Za-z]");
    }
    return undefined;
  }

  /** The character of an escape after '\\' (this.i at the character after the backslash). */
  private charEscape(inClass: boolean): number {
    const c = this.src[this.i++];
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12 };
    if (c in simple) return simple[c];
    if (inClass && c === "b") return 8;
    if (c === "0" && !/[0-9]/.test(this.peek() ?? "")) return 0;
    if (c === "c" && /[A-Za-z]/.test(this.peek() ?? "")) return this.src.charCodeAt(this.i++) % 32;
    if (c === "x" && /^[0-9a-fA-F]{2}/.test(this.src.slice(this.i))) {
      this.i += 2;
      return parseInt(this.src.slice(this.i - 2, this.i), 16);
    }
    if (c === "u") {
      const braced = this.unicode ? /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.i)) : null;
      if (braced) {
        this.i += braced[0].length;
        return parseInt(braced[1], 16);
      }
      const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (hex) {
        this.i += 4;
        const u = parseInt(hex[0], 16);
        const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.i));
        if (u >= 0xd800 && u <= 0xdbff && low) {
          this.i += 6;
          return 0x10000 + ((u - 0xd800) << 10) + (parseInt(low[1], 16) - 0xdc00);
        }
        if (u >= 0xd800 && u <= 0xdfff) throw new RegexUnsupported("A lone surrogate \\u" + hex[0], "match whole characters");
        return u;
      }
    }
    if (/[0-9]/.test(c)) throw new RegexUnsupported(`The octal escape \\${c}`, "write the character, or \\xHH");
    // an identity escape (\. \/ \-), or a letter JavaScript reads as itself
    this.i--;
    return this.codePoint();
  }

  private charClass(): Node {
    const neg = this.peek() === "^";
    if (neg) this.i++;
    const items: SetItem[] = [];
    for (;;) {
      if (this.i >= this.src.length) throw new RegexUnsupported("An unterminated class '['", "close it with ']'");
      if (this.peek() === "]") {
        this.i++;
        break;
      }
      const lo = this.classAtom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        this.i++;
        const hi = this.classAtom();
        if ("esc" in lo || "esc" in hi)
          items.push(lo, { lo: 45, hi: 45 }, hi); // [\d-x]: '-' is itself
        else items.push({ lo: lo.lo, hi: hi.lo });
      } else items.push(lo);
    }
    return { k: "set", neg, items };
  }

  private classAtom(): SetItem {
    if (this.peek() !== "\\") {
      const cp = this.codePoint();
      return { lo: cp, hi: cp };
    }
    this.i++;
    const set = this.setEscape();
    if (set) return set;
    if (this.peek() === "B") {
      this.i++;
      return { lo: 66, hi: 66 };
    }
    if (this.peek() === "-") {
      this.i++;
      return { lo: 45, hi: 45 };
    }
    const cp = this.charEscape(true);
    return { lo: cp, hi: cp };
  }
}

interface Out {
  text: string;
  /** a single unit that a quantifier applies to as a whole */
  atom: boolean;
}

class Emitter {
  constructor(readonly flags: string) {}

  private get icase() {
    return this.flags.includes("i");
  }

  emit(n: Node): Out {
    switch (n.k) {
      case "seq": {
        const outs = n.items.map((x) => this.emit(x));
        return { text: outs.map((o) => o.text).join(""), atom: outs.length === 1 && outs[0].atom };
      }
      case "alt":
        return { text: n.alts.map((x) => this.emit(x).text).join("|"), atom: false };
      case "group":
        return { text: (n.cap ? "(" : "(?:") + this.emit(n.body).text + ")", atom: true };
      case "bol":
        return { text: this.anchor("^"), atom: false };
      case "eol":
        return { text: this.anchor("$"), atom: false };
      case "any":
        return { text: this.flags.includes("s") ? notIn("") : notIn("\n\r"), atom: true };
      case "char":
        return this.char(n.cp);
      case "set":
        return this.set(n.neg, n.items);
      case "rep":
        return this.rep(n);
    }
  }

  private anchor(a: string): string {
    if (this.flags.includes("m")) {
      throw new RegexUnsupported(
        `The m flag with ${a}`,
        'split the text into lines (text.split("\\n")) and match each line without the m flag',
      );
    }
    return a;
  }

  private char(cp: number): Out {
    if (cp === 0) throw new RegexUnsupported("The NUL character \\0", 'test for "\\0" with indexOf');
    const variants = this.icase ? otherCase(cp) : [];
    if (cp < 0x80 && variants.every((v) => v < 0x80)) {
      if (variants.length) return { text: "[" + [cp, ...variants].map((v) => String.fromCharCode(v)).join("") + "]", atom: true };
      const ch = String.fromCharCode(cp);
      return { text: SYNTAX.includes(ch) ? "\\" + ch : ch, atom: true };
    }
    if (variants.length === 0) return { text: utf8(cp), atom: false };
    const plain = (v: number) => (v < 0x80 && SYNTAX.includes(String.fromCharCode(v)) ? "\\" : "") + utf8(v);
    return { text: "(?:" + [cp, ...variants].map(plain).join("|") + ")", atom: true };
  }

  private set(neg: boolean, items: SetItem[]): Out {
    let ascii = "";
    const named: string[] = [];
    const wide: number[] = [];
    const addRange = (lo: number, hi: number) => {
      if (lo > hi) throw new RegexUnsupported("A class range out of order", "write the smaller character first");
      if (lo === 0) throw new RegexUnsupported("The NUL character \\0 in a class", 'test for "\\0" with indexOf');
      if (hi >= 0x80) {
        if (hi - Math.max(lo, 0x80) >= 64) {
          throw new RegexUnsupported("A class with a wide range of non-ASCII characters", "list the characters you need");
        }
        for (let c = Math.max(lo, 0x80); c <= hi; c++) wide.push(c);
        hi = 0x7f;
      }
      if (lo <= hi) ascii += classRange(lo, hi);
    };
    for (const it of items) {
      if ("esc" in it) {
        if (it.esc === it.esc.toLowerCase()) ascii += "\\" + it.esc;
        else named.push(it.esc.toLowerCase());
        continue;
      }
      addRange(it.lo, it.hi);
      if (this.icase) {
        // case partners of the letters in the range (JavaScript compares case-folded characters)
        for (let c = it.lo; c <= it.hi && c <= it.lo + 400; c++) {
          for (const v of otherCase(c)) if (v < it.lo || v > it.hi) addRange(v, v);
        }
      }
    }
    if (neg) {
      if (named.length || wide.length) {
        throw new RegexUnsupported(
          "A negated class with \\D, \\W, \\S or non-ASCII characters",
          "write the class positively, or test the characters separately",
        );
      }
      return { text: notIn(ascii), atom: true };
    }
    const parts: string[] = [];
    if (ascii) parts.push("[" + ascii + "]");
    for (const e of named) parts.push(notIn("\\" + e));
    for (const c of [...new Set(wide)]) parts.push(utf8(c));
    if (parts.length === 0) throw new RegexUnsupported("The empty class []", "remove it (it never matches)");
    if (parts.length === 1 && /^\\[dws]$/.test(ascii)) return { text: ascii, atom: true }; // \d rather than [\d]
    if (parts.length === 1 && (ascii || named.length)) return { text: parts[0], atom: true };
    return { text: "(?:" + parts.join("|") + ")", atom: true };
  }

  private rep(n: Extract<Node, { k: "rep" }>): Out {
    const inner = this.emit(n.body);
    const x = inner.atom ? inner.text : "(?:" + inner.text + ")";
    const lazy = n.lazy ? "?" : "";
    if (n.max === Infinity && nullable(n.body)) {
      throw new RegexUnsupported(
        "A repeated part that can match the empty string (such as (a*)*)",
        "make the repeated part match at least one character",
      );
    }
    if (n.min === 0 && n.max === Infinity) return { text: x + "*" + lazy, atom: false };
    if (n.min === 1 && n.max === Infinity) return { text: x + "+" + lazy, atom: false };
    if (n.min === 0 && n.max === 1) return { text: x + "?" + lazy, atom: false };
    // counted repetition: re1.5 has none, so the part is written out
    const what = `The repetition {${n.min}${n.max === n.min ? "" : "," + (n.max === Infinity ? "" : n.max)}}`;
    if (n.max !== Infinity && n.max < n.min) throw new RegexUnsupported(what + " out of order", "write the smaller number first");
    if (hasCapture(n.body)) {
      throw new RegexUnsupported(what + " of a capturing group", "repeat a non-capturing group (?:...) and capture around it");
    }
    if ((n.max === Infinity ? n.min : n.max) > MAX_REPEAT) {
      throw new RegexUnsupported(`${what} (more than ${MAX_REPEAT})`, "match with + or * and check the length afterwards");
    }
    let text = x.repeat(n.min);
    if (n.max === Infinity) text += x + "*" + lazy;
    else {
      let tail = "";
      for (let k = n.min; k < n.max; k++) tail = (tail ? "(?:" + x + tail + ")" : x) + "?" + lazy;
      text += tail;
    }
    return { text, atom: false };
  }
}

/** Class members lo..hi, escaped where re1.5's class syntax would read them otherwise. */
function classRange(lo: number, hi: number): string {
  const special = (c: number) => "\\]^-".includes(String.fromCharCode(c));
  const one = (c: number) => (special(c) ? "\\" : "") + String.fromCharCode(c);
  let out = "";
  while (lo <= hi && special(lo)) out += one(lo++);
  let tailOut = "";
  while (hi >= lo && special(hi)) tailOut = one(hi--) + tailOut;
  if (lo < hi) out += String.fromCharCode(lo) + "-" + String.fromCharCode(hi);
  else if (lo === hi) out += one(lo);
  return out + tailOut;
}

function nullable(n: Node): boolean {
  switch (n.k) {
    case "seq":
      return n.items.every(nullable);
    case "alt":
      return n.alts.some(nullable);
    case "group":
      return nullable(n.body);
    case "bol":
    case "eol":
      return true;
    case "rep":
      return n.min === 0 || nullable(n.body);
    default:
      return false;
  }
}

function hasCapture(n: Node): boolean {
  switch (n.k) {
    case "seq":
      return n.items.some(hasCapture);
    case "alt":
      return n.alts.some(hasCapture);
    case "group":
      return n.cap || hasCapture(n.body);
    case "rep":
      return hasCapture(n.body);
    default:
      return false;
  }
}

const FLAGS = "dgimsuyv";

/** The MicroPython pattern for the JavaScript pattern `source` with `flags`; throws RegexUnsupported. */
export function translateRegex(source: string, flags: string): TranslatedRegex {
  for (const f of flags) {
    if (!FLAGS.includes(f) || flags.indexOf(f) !== flags.lastIndexOf(f)) {
      throw new RegexUnsupported(`The flags '${flags}'`, "use the flags g, i, m, s, u and y, each once");
    }
  }
  if (flags.includes("d")) throw new RegexUnsupported("The d flag (match indices)", "use m.index and the lengths of the groups");
  if (flags.includes("v")) throw new RegexUnsupported("The v flag", "use the u flag or none");
  const parser = new Parser(source, flags.includes("u"));
  const tree = parser.parse();
  const pattern = new Emitter(flags).emit(tree).text;
  if (pattern.length > MAX_PATTERN) {
    throw new RegexUnsupported(
      `A pattern this long (${pattern.length} bytes on MicroPython)`,
      "split the work into several smaller regular expressions",
    );
  }
  return { pattern, groups: parser.groups };
}
