// samples/neopixel-rainbow: eight NeoPixels show a turning colour wheel. The simulator's
// neopixel module keeps the firmware's buffer layout (green, red, blue per LED); each write()
// is one event with the colours as red-green-blue hex, checked here frame by frame.
import { describe, expect, test } from "vitest";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { checkGolden, compileSample, programOf, runInWorld } from "../helpers/scenario.js";
import { describeEvent } from "../../compiler/board/sim/events.js";
import { neopixelColors } from "../../compiler/board/sim/neopixel.js";

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../samples");

/** The sample's wheel, written again here from its description (not from the simulator). */
function wheel(pos: number): string {
  const rgb = pos < 85 ? [255 - pos * 3, pos * 3, 0] : pos < 170 ? [0, 255 - (pos - 85) * 3, (pos - 85) * 3] : [(pos - 170) * 3, 0, 255 - (pos - 170) * 3];
  return rgb.map((c) => c.toString(16).padStart(2, "0")).join("");
}

describe("NeoPixel", () => {
  test("neopixel-rainbow: each write() shows the strip's eight colours; the last one switches it off", async () => {
    const dir = path.join(samples, "neopixel-rainbow");
    const files = compileSample(dir);
    checkGolden(dir, files);
    const program = programOf(files);
    const t = await runInWorld(program.files, program.entry, { timeoutMs: 10000 });
    const frames = [0, 1, 2, 3].map((f) => JSON.stringify({ kind: "neopixel", pin: 5, colors: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => wheel(((i + f) * 32) % 256)) }));
    expect(t.events).toEqual([...frames, JSON.stringify({ kind: "neopixel", pin: 5, colors: Array(8).fill("000000") })]);
    // np[0] reads back the last colour set, as (red, green, blue)
    // (the last frame's first LED: wheel(96) is 00de21)
    expect(wheel(96)).toBe("00de21");
    expect(t.stdout).toBe(`first LED was 0 222 33\ndone\n`);
    expect(t.exit).toBe(0);
  });

  test("the log line: hex per LED, runs of one colour shortened, true-colour blocks on a colour terminal", () => {
    const colors = neopixelColors(3, "00ff00" + "000000".repeat(3));
    expect(colors).toEqual(["ff0000", "000000", "000000", "000000"]);
    expect(describeEvent({ kind: "neopixel", pin: 5, colors })).toBe("neopixel pin 5: ff0000 000000×3");
    expect(describeEvent({ kind: "neopixel", pin: 5, colors: ["ff0000"] }, true)).toBe("neopixel pin 5: \x1b[38;2;255;0;0m██\x1b[39m ff0000");
    // RGBW: white is the fourth byte, and lights the block
    expect(neopixelColors(4, "10203040")).toEqual(["20103040"]);
    // APA106: red, green, blue in order
    expect(neopixelColors(3, "102030", [0, 1, 2, 3])).toEqual(["102030"]);
    expect(describeEvent({ kind: "neopixel", pin: 2, colors: ["20103040"] }, true)).toBe("neopixel pin 2: \x1b[38;2;96;80;112m██\x1b[39m 20103040");
  });
});
