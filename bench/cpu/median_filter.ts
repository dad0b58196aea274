// A moving median (window of 5) over a noisy ADC signal with impulse spikes, as a sensor driver smooths
// readings before use. The signal is built with integer arithmetic: a slow ramp, a triangle wave, small noise
// from a linear congruential generator, and occasional spikes.

const WINDOW = 5;
const HALF = Math.floor(WINDOW / 2);
const SPIKE_THRESHOLD = 120;

class Lcg {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state * 75 + 74) % 65537;
    return this.state;
  }
}

function buildSignal(length: number): number[] {
  const rng = new Lcg(2024);
  const samples: number[] = [];
  for (let i = 0; i < length; i++) {
    const ramp = Math.floor(i / 8);
    const phase = i % 200;
    const triangle = phase < 100 ? phase * 3 : (200 - phase) * 3;
    const noise = (rng.next() % 21) - 10;
    let value = 1500 + ramp + triangle + noise;
    const r = rng.next();
    if (r % 37 === 0) {
      value += 600 + (r % 300);
    } else if (r % 53 === 0) {
      value -= 700;
    }
    samples.push(Math.max(0, Math.min(4095, value)));
  }
  return samples;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function movingMedian(samples: number[]): number[] {
  return samples.map((v, i) => {
    if (i < HALF || i >= samples.length - HALF) return v;
    return median(samples.slice(i - HALF, i + HALF + 1));
  });
}

const raw = buildSignal(2000);
const filtered = movingMedian(raw);

let spikes = 0;
let largest = 0;
for (let i = 0; i < raw.length; i++) {
  const diff = Math.abs(raw[i] - filtered[i]);
  if (diff > SPIKE_THRESHOLD) spikes++;
  if (diff > largest) largest = diff;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const roughness = (xs: number[]) => {
  let sum = 0;
  for (let i = 1; i < xs.length; i++) sum += Math.abs(xs[i] - xs[i - 1]);
  return sum / (xs.length - 1);
};

console.log(`samples ${raw.length}, window ${WINDOW}, spikes removed ${spikes}, largest correction ${largest}`);
console.log(`raw mean ${mean(raw).toFixed(2)}, filtered mean ${mean(filtered).toFixed(2)}`);
console.log(`roughness raw ${roughness(raw).toFixed(3)}, filtered ${roughness(filtered).toFixed(3)}`);
console.log(`first filtered: ${filtered.slice(0, 12).join(',')}`);
console.log(`every 250th: ${filtered.filter((_, i) => i % 250 === 0).join(' ')}`);
console.log(`min ${Math.min(...filtered)}, max ${Math.max(...filtered)}`);
