// The status page of a board's web server: an HTML table of pin values, built on every request.
class PinInfo {
  constructor(
    public pin: number,
    public label: string,
    public value: number,
  ) {}
}

const pins: PinInfo[] = [];
const labels = ["LED", "relay", "button", "buzzer", "fan", "pump"];
for (let i = 0; i < 12; i++) pins.push(new PinInfo(i + 2, labels[i % labels.length], 0));

function renderPage(items: PinInfo[], uptime: number): string {
  let html = "<!DOCTYPE html><html><head><title>ESP32 pins</title></head><body>";
  html += `<h1>Pins</h1><p>Uptime: ${uptime} s</p><table><tr><th>Pin</th><th>Name</th><th>Value</th></tr>`;
  for (const p of items) {
    const state = p.value === 1 ? "ON" : "OFF";
    html += `<tr><td>${p.pin}</td><td>${p.label}</td><td class="${state.toLowerCase()}">${state}</td></tr>`;
  }
  html += "</table></body></html>";
  return html;
}

let served = 0;
let onCount = 0;
for (let t = 0; t < 150; t++) {
  for (const p of pins) {
    if ((t + p.pin) % 3 === 0) p.value = 1 - p.value;
    if (p.value === 1) onCount++;
  }
  served += renderPage(pins, t * 2).length;
}
console.log(`served ${served} bytes, ${onCount} pins on`);
console.log(renderPage(pins.slice(0, 2), 300));
