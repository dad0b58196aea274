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
  // parseFloat's value stays a float when it is integral (as after "/"): what needs an int converts it
  "parseFloat of integral text where an integer is needed": `
const two = parseFloat("2"), big = parseFloat("300"), neg = parseFloat("-4");
const xs = [10, 20, 30, 40];
const m = new Map<number, string>([[two, "two"]]);
m.set(2, "again");
console.log(xs[two], xs.at(neg), "ab".repeat(two), "abcdef".slice(two, big), String(big), big.toString(16), two | 0, big << 1, neg >>> 28);
console.log(JSON.stringify({ two, big, neg, list: [two, big] }), [...m.keys()].join(), m.size, Number.isInteger(big), two === 2);
console.log(new Uint8Array([big, two]).join(), xs.indexOf(two * 10), xs.includes(big / 10), \`\${two}\${big}\`, two.toFixed(1), Math.max(two, neg));
const counts: number[] = new Array(two).fill(0);
counts[two - 1] += big;
console.log(counts, [two, big, neg], { two });`,
  "parseFloat of values that are not strings": `
const ins: any[] = [12.5, -3, -0.25, 1e21, true, null, []];
console.log(ins.map((v) => parseFloat(v)).join(" "));`,
});
