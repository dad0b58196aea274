// A PID loop holding a heater block at a setpoint: a simple thermal model (heat in from the heater, loss to
// ambient, a sensor that lags), output clamped to 0..100 % with anti-windup, setpoint changes and a door opening.

class PID {
  private integral = 0;
  private prevMeasured: number | null = null;

  constructor(
    private kp: number,
    private ki: number,
    private kd: number,
    private outMin: number,
    private outMax: number,
  ) {}

  update(setpoint: number, measured: number, dt: number): number {
    const error = setpoint - measured;
    // derivative on the measurement, so a setpoint step gives no kick
    const derivative = this.prevMeasured === null ? 0 : -(measured - this.prevMeasured) / dt;
    this.prevMeasured = measured;
    const candidate = this.integral + error * this.ki * dt;
    let output = this.kp * error + candidate + this.kd * derivative;
    if (output > this.outMax) {
      output = this.outMax;
    } else if (output < this.outMin) {
      output = this.outMin;
    } else {
      // only integrate while not saturated (anti-windup)
      this.integral = candidate;
    }
    return output;
  }
}

class HeaterModel {
  temperature: number;
  sensor: number;

  constructor(
    private ambient: number,
    private heatGain: number,
    private lossRate: number,
    private sensorLag: number,
  ) {
    this.temperature = ambient;
    this.sensor = ambient;
  }

  step(powerPercent: number, dt: number, extraLoss: number): void {
    const heatIn = (powerPercent / 100) * this.heatGain;
    const heatOut = (this.temperature - this.ambient) * (this.lossRate + extraLoss);
    this.temperature += (heatIn - heatOut) * dt;
    this.sensor += ((this.temperature - this.sensor) / this.sensorLag) * dt;
  }
}

const dt = 0.1;
const steps = 3000;
const pid = new PID(6.0, 0.35, 4.0, 0, 100);
const heater = new HeaterModel(21.5, 2.4, 0.02, 1.5);
const log: string[] = [];
let maxTemp = 0;
let powerSum = 0;
let saturated = 0;
let error = 0;

for (let i = 0; i < steps; i++) {
  const setpoint = i < 1500 ? 75 : i < 2200 ? 60 : 68;
  const doorOpen = i >= 2500 && i < 2650;
  const power = pid.update(setpoint, heater.sensor, dt);
  heater.step(power, dt, doorOpen ? 0.05 : 0);
  powerSum += power;
  if (power === 0 || power === 100) saturated++;
  if (heater.temperature > maxTemp) maxTemp = heater.temperature;
  error = setpoint - heater.sensor;
  if (i % 250 === 249) {
    log.push(`t=${((i + 1) * dt).toFixed(1)}s sp=${setpoint} temp=${heater.temperature.toFixed(2)} sensor=${heater.sensor.toFixed(2)} out=${power.toFixed(1)}%`);
  }
}

console.log(log.join('\n'));
console.log(`max temp ${maxTemp.toFixed(2)} C, mean power ${(powerSum / steps).toFixed(2)} %, saturated ${saturated} steps`);
console.log(`final error ${error.toFixed(3)} C`);
