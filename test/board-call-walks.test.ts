// A board call in an array callback (compiler/transform/board-calls.ts): board code reaches the
// program only through code the program handed it, so while the program hands none,
// `leds.forEach((led) => led.value(0))` cannot change `leds` and stays a plain loop. Once a
// handler is handed over (Pin.irq), any board call may run it, and the loop walks the indices
// of the start (test/diff/growing-walks).
import { beforeAll, describe, expect, test } from "vitest";
import { compileSnippets, type CompiledSnippets } from "./helpers/snippets.js";
import { inMain } from "./helpers/diff.js";
import { simulate } from "../compiler/board/sim/simulate.js";

/** The program's output on the simulated board. */
async function onBoard(python: string): Promise<string> {
  let out = "";
  const sim = simulate([{ path: "prog.py", text: python }], "prog", { onOutput: (t) => (out += t) });
  expect(await sim.done).toEqual({ code: 0, error: undefined });
  return out;
}

const leds = `import { Pin } from "machine";
const leds = [new Pin(2, Pin.OUT), new Pin(4, Pin.OUT)];
leds.forEach((led) => led.value(1));
console.log(leds.map((led) => led.value()).join(","));
`;
const handed = `import { Pin } from "machine";
const leds = [new Pin(2, Pin.OUT), new Pin(4, Pin.OUT)];
new Pin(0, Pin.IN).irq(() => leds.push(new Pin(5, Pin.OUT)));
leds.forEach((led) => led.value(1));
console.log(leds.map((led) => led.value()).join(","));
`;

describe("board calls in array callbacks", () => {
  let compiled: CompiledSnippets;
  const python = (i: number) => [...compiled.outputs.values()][i].python!;
  beforeAll(() => {
    compiled = compileSnippets({ leds, handed });
  });

  test("with no code handed to the board, the walk is the list itself", async () => {
    expect(python(0)).toContain(inMain("for led in leds:\n    led.value(1)\n"));
    expect(python(0)).toContain("[led.value() for led in leds]");
    expect(await onBoard(python(0))).toBe("1,1\n");
  });

  test("with a handler handed to the board, the walk is over the indices of the start", async () => {
    expect(python(1)).toContain(
      inMain("for _i in range(len(leds)):\n    if _i >= len(leds):\n        continue\n    led = leds[_i]\n    led.value(1)\n"),
    );
    expect(await onBoard(python(1))).toBe("1,1\n");
  });
});
