// parseInt with radix 10 or 16 and parseFloat read a whole string of digits with int() and
// float() in C (mpts_rt.py), and scan it otherwise (float() also reads ".", "e1", "inf" and "1_0"). Node's text is the judge, for strings
// that take either way: signs, spaces, prefixes (0x is hex with 16; 0b and 0o are 0 for
// parseInt with 2 or 8 and for parseFloat), underscores, exponents, trailing text.
import { diffSuite } from "../helpers/diff.js";

diffSuite("parseInt and parseFloat", {
  "parseInt with and without a radix": `
const ins = ["1f", "0x1F", "-0x10", "+7f", " 2a ", "1_0", "0b1", "0o17", "101", "12abc", "", "-", "ff", "7", "-0", "1e3", "  -12  ", "0x", "x1"];
const out: string[] = [];
for (const s of ins) out.push(\`\${parseInt(s, 16)}|\${parseInt(s, 10)}|\${parseInt(s, 8)}|\${parseInt(s, 2)}|\${parseInt(s)}\`);
console.log(out.join("\\n"));`,
  parseFloat: `
const ins = ["4807.0380", "1e400", "-1e400", "05", "0x10", "0b1", "0o7", ".5", "-.5", "5.", "1.5e+3", "1e", "Infinity", "-Infinity", "infinity", "nan", "1_0", " 3.25 ", "12abc3", "00012", "+0.0", "0e5", "0.1e-2", "1.2.3", "--1", "7",
  ".", "e1", "-.e1", "inf", "+inf", "1e5x", "1.e5", "+.5e-1x", ".5.3", "1e+x", "  7 ", "\\t-8\\n", "", "-", "+Infinityx", "9007199254740993", "-0", "1E3", "\\u0661\\u0662", "3\\u00a0",
  "-5.3", "-1_0", "-12abc", "-1e5", "5 ", "1 5", "9e15", "-", "-x", "0_1", "-9007199254740993", "1e-7"];
const out: string[] = [];
for (const s of ins) out.push(\`\${parseFloat(s)} \${parseFloat(s) * 2}\`);
console.log(out.join("\\n"));
// console.log writes -0 (a template writes 0)
for (const z of ["-0", "-00", "-0abc", "+0", "0", "-0e5", " -0 "]) console.log(parseFloat(z), Number(z));`,
  "parseFloat of values that are not strings": `
const ins: any[] = [12.5, -3, -0.25, 1e21, true, null, []];
console.log(ins.map((v) => parseFloat(v)).join(" "));`,
});
