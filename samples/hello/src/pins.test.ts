import { describePins } from "./pins";

test("a pin's line: its number in two digits, its name in seven columns, its level", () => {
  expect(describePins([{ pin: 2, name: "led", on: true }])).toEqual(["GPIO02 led     on"]);
});

test("one line per pin, in order", () => {
  const lines = describePins([
    { pin: 12, name: "button", on: false },
    { pin: 4, name: "buzzer", on: true },
  ]);
  expect(lines).toEqual(["GPIO12 button  off", "GPIO04 buzzer  on"]);
});

test("no pins, no lines", () => {
  expect(describePins([])).toEqual([]);
});
