// Sensor averaging: ADC counts of a TMP36 converted to degrees, smoothed with an
// exponential moving average, with min, max and mean reported every 500 samples.
const VREF = 3.3;
const ADC_MAX = 4095;

class Stats {
  min = Infinity;
  max = -Infinity;
  sum = 0;
  count = 0;
  ema = 0;

  add(value: number): void {
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.sum += value;
    this.count++;
    this.ema = this.count === 1 ? value : this.ema + 0.1 * (value - this.ema);
  }

  mean(): number {
    return this.count > 0 ? this.sum / this.count : 0;
  }
}

function toCelsius(raw: number): number {
  const volts = (raw * VREF) / ADC_MAX;
  return (volts - 0.5) * 100;
}

const stats = new Stats();
const lines: string[] = [];
for (let i = 0; i < 2000; i++) {
  const raw = 900 + ((i * 53) % 200) + Math.floor(i / 40);
  stats.add(toCelsius(raw));
  if ((i + 1) % 500 === 0) {
    lines.push(
      `n=${stats.count} min=${stats.min.toFixed(2)} max=${stats.max.toFixed(2)} mean=${stats.mean().toFixed(2)} ema=${stats.ema.toFixed(2)}`,
    );
  }
}
console.log(lines.join("\n"));
