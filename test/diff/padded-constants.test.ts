// padStart/padEnd of a string literal to a constant width is worked out when compiling
// (compiler/builtins/string.ts paddedConstant): a table's header is one string.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a table header of padded literals": {
    source: `const COLS = 8;
console.log(\`\${"sensor".padEnd(10)}\${"n".padStart(4)}\${"mean".padStart(COLS)}\${"ab".padStart(7, "xy")}|\${"long".padEnd(2)}|\`);
console.log("é".padEnd(3, "-") + "x".padStart(3, ""));`,
    has: ['print("sensor       n    meanxyxyxab|long|")', 'print("é--x")'],
    lacks: ["len("],
  },
  "a width or fill that is not a constant stays a computation": {
    source: `let w = 3;
w += 2;
const fill = ["*", "-"][w % 2];
console.log("[" + "ab".padStart(w) + "]", "[" + "ab".padEnd(6, fill) + "]");`,
    has: ['" " * (w - len("ab"))'],
  },
};

shapeSuite("padded constants", cases);
