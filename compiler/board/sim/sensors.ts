// Simulated sensor readings: `mpts run --sensor dht:4=21.5,40 --sensor ds18x20:5=19.25,22`.
// KIND:PIN=VALUES, where KIND is
//   dht      a DHT11 or DHT22 on PIN: temperature (°C), humidity (%)
//   ds18x20  DS18B20 thermometers on the 1-Wire bus on PIN: one temperature (°C) per sensor
// Without --sensor of a kind, every pin has one such sensor with the default readings; once a
// kind is given, only the pins given have one (another pin answers as an empty pin does on the
// board: a DHT times out, a 1-Wire bus finds nothing), so a wrong pin number shows.

/** kind -> pin -> readings */
export type SensorReadings = Record<string, Record<string, number[]>>;

/** The readings of each kind when no --sensor gives that kind. */
export const SENSOR_DEFAULTS: Record<string, number[]> = { dht: [20, 50], ds18x20: [20] };

const COUNTS: Record<string, { min: number; max: number; what: string }> = {
  dht: { min: 2, max: 2, what: "TEMPERATURE,HUMIDITY, such as dht:4=21.5,40" },
  ds18x20: { min: 1, max: 16, what: "one temperature per sensor on the bus, such as ds18x20:5=19.25 or ds18x20:5=19.25,22" },
};

/** Parse the --sensor options; throws an Error whose message says what to write instead. */
export function parseSensors(specs: readonly string[] | undefined): SensorReadings {
  const readings: SensorReadings = {};
  for (const spec of specs ?? []) {
    const m = /^([a-z0-9]+):(\d+)=(.+)$/i.exec(spec.trim());
    const kind = m?.[1].toLowerCase();
    const rule = kind === undefined ? undefined : COUNTS[kind];
    if (!m || !kind || !rule) throw new Error(`--sensor ${spec}: expected KIND:PIN=VALUES with KIND dht or ds18x20, such as --sensor dht:4=21.5,40`);
    const values = m[3].split(",").map((v) => Number(v.trim()));
    if (values.some((v) => !Number.isFinite(v)) || values.length < rule.min || values.length > rule.max)
      throw new Error(`--sensor ${spec}: ${kind} takes ${rule.what}`);
    if (kind === "dht" && (values[1] < 0 || values[1] > 100)) throw new Error(`--sensor ${spec}: the humidity is a percentage, 0..100`);
    (readings[kind] ??= {})[m[2]] = values;
  }
  return readings;
}

/** What the sensor of `kind` on `pin` reads, or null when there is none on that pin. */
export function sensorReading(readings: SensorReadings | undefined, kind: string, pin: string): number[] | null {
  const given = readings?.[kind];
  if (!given) return SENSOR_DEFAULTS[kind] ?? null;
  return given[pin] ?? null;
}
