// A ring buffer of the last ten ADC readings, averaged after each new one.
class RingBuffer {
  private items: number[];
  private head = 0;
  private count = 0;

  constructor(private capacity: number) {
    this.items = new Array<number>(capacity).fill(0);
  }

  push(value: number): void {
    this.items[this.head] = value;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  average(): number {
    if (this.count === 0) return 0;
    let sum = 0;
    for (let i = 0; i < this.count; i++) sum += this.items[i];
    return sum / this.count;
  }

  max(): number {
    let best = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.items[i] > best) best = this.items[i];
    }
    return best;
  }
}

const window = new RingBuffer(10);
let alarms = 0;
let report = "";
for (let t = 0; t < 1500; t++) {
  const raw = (t * 97 + (t % 13) * 41) % 4096;
  window.push(raw);
  const avg = window.average();
  if (avg > 2600) alarms++;
  if (t % 250 === 0) report += `t=${t} avg=${avg.toFixed(1)} max=${window.max()}\n`;
}
console.log(report + `alarms: ${alarms}`);
