// Number(text), +text and -text of a string: ASCII digits are read by int() in place when
// their value is below a 32-bit board's largest small int (so below 2**53, read as Number()
// reads it; a comparison with a larger constant would allocate on the board), or, in a
// callback that becomes a comprehension (no walrus), when fewer than 16; other text goes to
// js_text_num (signed integers and plain decimals; the rest in js_tonum, in the slow file),
// and a literal is read now (compiler/transform/conversions.ts toJsNumber). -text
// is any number, NaN included, for the numeric analysis.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "digits, long digits, signs, spaces, fractions and words": {
    source: `const texts = ["42", "007", "900719925474099", "9007199254740993", "12345678901234567890", " 5", "+8", "-7", "1.5", "1e3", "0x1F", "abc", "\\u0663",
  "1073741822", "1073741823", "1073741824", "0000000000000000042", "00000000000000009007199254740993"];
for (const s of texts) console.log(Number(s), +s, -s, Number(s) * 2, Number.isNaN(Number(s)));`,
    has: ["_t if s.isdigit() and (_t := int(s)) < 1073741823 else js_text_num(s)"],
  },
  // js_text_num reads a signed decimal integer with int(); spaces, "+", "-0" and the rest are js_tonum's
  "signed integers, spaces, underscores and lone signs through js_text_num": {
    source: `const texts = ["-1234", "+7", " -42 ", "1_000", "-0", "-", "+", "--5", "- 5", "-123456789012345", "-1234567890123456", "+\\u0663", "\\t12\\n", "-00", "-9007199254740993"];
for (const s of texts) console.log(JSON.stringify(s), Number(s), Number(s) + 1, Number.isNaN(Number(s)));`,
    has: ["js_text_num(s)"],
  },
  // js_text_num reads digits with one point between digits, signed or not, with float()
  "decimals: a point between digits, and what is not one": {
    source: `const texts = ["1.5", "-1.5", "12.50", "0.1", "-0.0", "0.000", "007.25", "1.", ".5", "-.5", "1.2.3", "1..2", "-1.", "1.5e3", "1.5 ", "1.x",
  "123456789012345678.5", "0.30000000000000004", "-", "."];
for (const s of texts) console.log(JSON.stringify(s), Number(s), Number(s) * 4, Number(s) - 0.5);`,
    has: ["js_text_num(s)"],
  },
  "a field of a parsed line, in a loop": {
    source: `let total = 0, bad = 0;
for (const line of ["a,12", "b,x", "c,30", "d,", "e,99999999999999999"]) {
  const value = Number(line.split(",")[1]);
  if (Number.isNaN(value)) bad++;
  else total += value;
}
console.log(total, bad);`,
    has: ['    value = _t1 if (_t := line.split(",")[1]).isdigit() and (_t1 := int(_t)) < 1073741823 else js_text_num(_t)'],
  },
  "console.log of NaN-or-integer sums and of a short decimal: String()'s text, without js_lognum": {
    source: `const parts = "12,x,7".split(",");
let sum = 0;
for (const p of parts) sum += parseInt(p, 10);
const halves = [1.5, 2.25];
console.log(parseInt(parts[0], 10) + 1, sum, halves[1] * 2, -0);`,
    has: [
      '"NaN" if (_t1 := (int(_t) if (_t := parts[0]).isdigit() else js_parse_int(_t, 10)) + 1) != _t1 else str(_t1)',
      '"NaN" if sum_ != sum_ else str(sum_), "%.15g" % (halves[1] * 2), "-0")',
    ],
    lacks: ["js_lognum"],
  },
  "a literal is read when compiling": {
    source: `console.log(Number("250") + 1, -Number("0"), +"12", Number("1e3"));`,
    has: ['print(js_lognum(250 + 1), "-0", "12", js_lognum(js_text_num("1e3")))'],
  },
  "in a callback that becomes a comprehension: the helper, no walrus": {
    source: `const rows = [{ s: "3" }, { s: "x" }, { s: "40" }];
const texts = ["12", "1234567890123456", "x"];
console.log(rows.map((r) => Number(r.s)).join(), rows.filter((r) => +r.s > 3).length, texts.map((t) => Number(t)).join());
// a text that is not one after all (a type assertion that lied) is js_tonum's: undefined is NaN
const lied = [{ s: "7" }, { s: undefined as unknown as string }];
console.log(lied.map((r) => Number(r.s)).join());`,
    has: ['js_text_num(r["s"])', "[int(t) if t.isdigit() and len(t) < 16 else js_text_num(t) for t in texts]"],
    lacks: [":="],
  },
};

shapeSuite("Number() of text", cases);
