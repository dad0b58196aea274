// A regex literal only tested (`/^[A-Za-z0-9 _-]+$/.test(name)`) that can match only at the start
// of the text is re's match() on the pattern itself (compiler/builtins/regex.ts anchoredAtStart):
// no search prefix, so a text that fails is tried once, not from every position. A `|` outside a
// group or class (`/^a|_3/`, whose second branch matches anywhere) keeps the search prefix.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "anchored patterns, and an alternative that is not": {
    source: `const names = ["Office_3", "bad/name", "", "a".repeat(20), "ok name", "x|y", "ac", "bcd"];
for (const n of names)
  console.log(/^[A-Za-z0-9 _-]+$/.test(n), /^a|_3/.test(n), /^(a|b)c/.test(n), /^[|\\]x]y/.test(n), /name$/.test(n), /^OK/i.test(n));`,
    has: [
      '_RE = re.compile("^[A-Za-z0-9 _\\\\-]+$")',
      '_RE1 = re.compile("([\\\\s\\\\S]*?)(^a|_3)")',
      '_RE2 = re.compile("^(a|b)c")',
      '_RE4 = re.compile("([\\\\s\\\\S]*?)(name$)")',
    ],
  },
};

shapeSuite("anchored regexes tested", cases);
