// The host side of the simulated board's hardware: pin levels, the OLED's text,
// Wi-Fi and other board events. The Python modules (machine, network, mpython)
// keep their state in the VM and tell this side what a user would see.
import * as net from "node:net";
import type { RpcReply } from "./rpc.js";
import type { SimEvent } from "./net.js";
import { PinInputs } from "./pin-inputs.js";
import { neopixelColors } from "./neopixel.js";
import { sensorReading, type SensorReadings } from "./sensors.js";
import { EspNowHost } from "./espnow.js";

export interface BoardOptions {
  /** input levels given with `--pin N=V` (a digital level, or an ADC reading 0..4095) */
  pins?: Record<string, number>;
  /** levels that change during the run (`--pin 4=0@0,1@2s`, typed `pin 4 1`); replaces `pins` when given */
  inputs?: PinInputs;
  /** sensor readings given with `--sensor KIND:PIN=V,...` (see sensors.ts) */
  sensors?: SensorReadings;
  /** where a board-side 0.0.0.0 binds: the board's IP address when it is a concrete one */
  bindHost: string;
  log: (event: SimEvent) => void;
  /** machine.reset(), deepsleep or the watchdog: the program ends (the board would restart) */
  onReset: (text: string) => void;
}

/** The board's operations, by name (the other operations are the network's). */
const OPS = new Set(["board", "pin", "oled", "event", "reset", "pinedges", "neopixel", "sensor", "espnow"]);

export class BoardHost {
  /** the last level the program drove on each output pin */
  readonly outputs = new Map<string, number>();
  /** the last text the program showed on the OLED */
  oled: string[] = [];

  readonly inputs: PinInputs;
  private begun = false;

  /** ESP-NOW with the other simulated boards on this computer */
  readonly espnow = new EspNowHost();

  constructor(private readonly options: BoardOptions) {
    this.inputs = options.inputs ?? new PinInputs(options.pins);
  }

  /** Let go of what the board holds on this computer (its ESP-NOW port). */
  close(): void {
    this.espnow.close();
  }

  handles(op: string): boolean {
    return OPS.has(op);
  }

  /** The board's address: loopback unless `--host` names a concrete address of this computer. */
  get ip(): string {
    const h = this.options.bindHost;
    return net.isIPv4(h) && h !== "0.0.0.0" ? h : "127.0.0.1";
  }

  async handle(op: string, a: unknown[]): Promise<RpcReply> {
    switch (op) {
      case "board":
        // the first import of machine or network: schedules count from here, as a board has those
        // built in (the VM took its time to load and compile the simulator's modules)
        if (!this.begun) this.inputs.begin();
        this.begun = true;
        return { ok: { pins: this.inputs.initial(), ip: this.ip, live: this.inputs.live, typed: this.inputs.typed } };
      case "pinedges":
        return { ok: this.inputs.take() };
      case "pin": {
        const pin = typeof a[0] === "number" ? a[0] : String(a[0]);
        const value = Number(a[1]);
        this.outputs.set(String(pin), value);
        this.options.log({ kind: "pin", pin, value });
        return { ok: null };
      }
      case "oled":
        this.oled = (a[0] as unknown[]).map(String);
        this.options.log({ kind: "oled", lines: this.oled });
        return { ok: null };
      case "neopixel": {
        const pin = typeof a[0] === "number" ? a[0] : String(a[0]);
        this.options.log({ kind: "neopixel", pin, colors: neopixelColors(Number(a[1]), String(a[2]), Array.isArray(a[3]) ? a[3].map(Number) : undefined) });
        return { ok: null };
      }
      case "espnow":
        return this.espnow.handle(a);
      case "sensor":
        return { ok: sensorReading(this.options.sensors, String(a[0]), String(a[1])) };
      case "event": {
        const kind = String(a[0]);
        const text = String(a[1]);
        this.options.log(kind === "wifi" ? { kind: "wifi", text } : { kind: "board", text });
        return { ok: null };
      }
      case "reset":
        this.options.log({ kind: "board", text: String(a[0]) });
        this.options.onReset(String(a[0]));
        // never answered: the program stops here, as the board would
        return new Promise<RpcReply>(() => {});
      default:
        return { error: "simulator: unknown operation " + op };
    }
  }
}
