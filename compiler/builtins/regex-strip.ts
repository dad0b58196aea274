// `s.replace(/=+$/, "")`, `/^0+/`, `/^[ _]+|[ _]+$/g` and `/\s+$/` with an empty
// replacement: runs of a set of characters taken off an end, which is Python's
// rstrip / lstrip / strip with those characters (in C, where the regex scans
// from every position). `\s` alone is the no-argument form, as trim() is
// (strings.md: ASCII whitespace).
import type * as py from "../python/ast.js";
import * as b from "../python/build.js";

// characters a regex gives a meaning to outside a class; escaped, any stands for itself
const special = new Set([..."\\^$.|?*+()[]{}/"]);
// inside a class
const classSpecial = new Set([..."\\]^-"]);

/** The characters of one set `X` (a character, an escaped one, `[...]` of such, or `\s`), and the text after it. */
function charSet(p: string): { chars: string; rest: string } | undefined {
  if (p.startsWith("\\s")) return { chars: "", rest: p.slice(2) };
  if (p.startsWith("\\")) return /^[^\w\s]$/.test(p[1] ?? "") ? { chars: p[1], rest: p.slice(2) } : undefined;
  if (p.startsWith("[")) {
    let chars = "";
    let i = 1;
    while (i < p.length && p[i] !== "]") {
      if (p[i] === "\\") {
        if (!/^[^\w\s]$/.test(p[i + 1] ?? "")) return undefined;
        chars += p[i + 1];
        i += 2;
      } else if (classSpecial.has(p[i])) return undefined;
      else chars += p[i++];
    }
    return i < p.length && chars ? { chars, rest: p.slice(i + 1) } : undefined;
  }
  const c = p[0];
  return c && !special.has(c) ? { chars: c, rest: p.slice(1) } : undefined;
}

/** `X+` at the start of `p`: its characters ("" for whitespace) and the rest. */
function run(p: string): { chars: string; rest: string } | undefined {
  const set = charSet(p);
  return set && set.rest.startsWith("+") ? { chars: set.chars, rest: set.rest.slice(1) } : undefined;
}

/** The strip call `s.replace(regex, "")` is, when the regex takes runs of a set of characters off an end. */
export function stripOf(source: string, flags: string): { method: string; chars: string } | undefined {
  // i would fold case, m would let ^ and $ match at line breaks, y anchors at lastIndex
  if (/[imy]/.test(flags)) return undefined;
  if (source.startsWith("^")) {
    const start = run(source.slice(1));
    if (start && start.rest === "") return { method: "lstrip", chars: start.chars };
    // both ends: a g regex replaces both runs; without g only the first
    if (start && flags.includes("g") && start.rest.startsWith("|")) {
      const end = run(start.rest.slice(1));
      if (end && end.rest === "$" && end.chars === start.chars) return { method: "strip", chars: start.chars };
    }
    return undefined;
  }
  const end = run(source);
  return end && end.rest === "$" ? { method: "rstrip", chars: end.chars } : undefined;
}

/** `s.method(chars)`, no argument for whitespace. */
export function stripCall(s: py.Expr, strip: { method: string; chars: string }): py.Expr {
  return b.method(s, strip.method, strip.chars ? [b.str(strip.chars)] : []);
}
