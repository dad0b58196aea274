// `{ id, count }` names properties and reads variables: the numeric analysis reads the
// variables' facts (numeric-classes.ts declarationOf), so a counter written by shorthand
// goes into a %d field like one written `count: count`.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "shorthand integers in a fresh object's JSON": {
    source: `function status(id: number, ratio: number): string {
  let applied = 0;
  for (let i = 0; i < id; i++) applied++;
  return JSON.stringify({ id, applied, ratio, twice: applied * 2 });
}
for (let id = 1; id <= 3; id++) console.log(status(id, id / 4));`,
    has: ['"{\\"id\\":%d,\\"applied\\":%d,\\"ratio\\":%.15g,\\"twice\\":%d}"'],
    lacks: ["js_json_num"],
  },
  "a shorthand destructuring target takes the value's facts": {
    source: `let lo = 0, hi = 0;
const pair = { lo: -3, hi: 2.5 };
({ lo, hi } = pair);
console.log(\`\${lo % 2} \${hi}\`, lo % 2, hi % 2);`,
    has: ["js_mod(lo, 2)"],
  },
};

shapeSuite("shorthand properties in the numeric analysis", cases);
