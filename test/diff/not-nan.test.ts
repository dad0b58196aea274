// parseInt gives an integer or NaN; where a test proved it is not NaN (`if (isNaN(n)) return;`,
// `Number.isInteger(n)`, a comparison that held) it is an integer, which prints with %d and
// indexes a list as it is (compiler/transform/numeric-guards.ts notNaNAt). Elsewhere the
// NaN stays possible and prints as JavaScript prints it.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "an early return on NaN": {
    source: `function setting(text: string): string {
  const value = parseInt(text, 10);
  if (isNaN(value)) return "not a number: " + text;
  return \`set to \${value}\`;
}
function hex(text: string): string {
  const code = parseInt(text, 16);
  if (Number.isNaN(code)) return "?";
  return String.fromCharCode(code);
}
console.log(setting("42"), setting("-7 volts"), setting("volts"), hex("41"), hex("zz"));`,
    has: ['    return "set to %d" % value\n', "    return chr(code)\n"],
  },
  "a conjunction, an integer test and a comparison that held": {
    source: `const duty = [0, 0, 0, 0];
function pin(text: string): string {
  const n = parseInt(text);
  if (!isNaN(n) && n >= 0 && n < duty.length) {
    duty[n] = 1;
    return \`pin \${n}\`;
  }
  return \`no pin \${n}\`;
}
function whole(text: string): string {
  const n = Number.parseInt(text);
  return Number.isInteger(n) ? \`whole \${n}\` : "none";
}
function small(text: string): string {
  const n = parseInt(text);
  if (n < 10) return \`small \${n}\`;
  return \`other \${n}\`;
}
console.log(pin("2"), pin("9"), pin("x"), whole("12.5"), whole("."), small("3"), small("x"), small("30"));`,
    has: ['        return "pin %d" % n\n', '    return "whole %d" % n if n % 1 == 0 else "none"', '        return "small %d" % n\n'],
    lacks: ["duty[int(n)]"],
  },
  "no proof: NaN still prints as NaN": {
    source: `function kept(text: string, other: string): string {
  const n = parseInt(text);
  const m = parseInt(other);
  if (isNaN(m)) return \`m \${n}\`;
  if (isNaN(n) || n > 3) return \`either \${n}\`;
  let k = parseInt(text);
  if (isNaN(k)) return "k";
  k = parseInt(other);
  return \`\${n} \${k}\`;
}
console.log(kept("x", "y"), kept("x", "1"), kept("5", "1"), kept("2", "z"), kept("2", "4"));`,
    has: ['        return "either " + ("NaN" if n != n else str(n))\n', '    return "%d %s" % (n, "NaN" if k != k else str(k))\n'],
  },
};

shapeSuite("integers proved not NaN", cases);
