// Maps, sets, arrays and JSON, like a board's sensor log.
type Reading = { sensor: string; value: number };

const readings: Reading[] = [];
for (let i = 0; i < 20; i++) readings.push({ sensor: i % 2 === 0 ? "temp" : "hum", value: (i * 7) % 13 });

const bySensor = new Map<string, number[]>();
for (const r of readings) {
  const list = bySensor.get(r.sensor) ?? [];
  list.push(r.value);
  bySensor.set(r.sensor, list);
}
const summary = [...bySensor].map(([sensor, values]) => ({
  sensor,
  min: Math.min(...values),
  max: Math.max(...values),
  mean: values.reduce((a, b) => a + b, 0) / values.length,
}));
console.log(JSON.stringify(summary));
const unique = new Set(readings.map((r) => r.value));
console.log(unique.size, [...unique].sort((a, b) => a - b).join(","));
