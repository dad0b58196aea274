// Lists and dicts: grouping sensor readings by name.
const names = ["temp", "hum", "light", "sound"];
const readings: number[] = [];
for (let i = 0; i < 2000; i++) readings.push((i * 37) % 101);

const sums: Record<string, number> = {};
const counts: Record<string, number> = {};
for (let i = 0; i < readings.length; i++) {
  const name = names[i % names.length];
  sums[name] = (sums[name] ?? 0) + readings[i];
  counts[name] = (counts[name] ?? 0) + 1;
}
const high = readings.filter((r) => r > 50).length;
print(sums["temp"], counts["hum"], high);
