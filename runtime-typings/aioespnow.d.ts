// MicroPython's aioespnow module (frozen into the ESP32 firmware): ESP-NOW for asyncio programs.
// AIOESPNow is an espnow.ESPNow whose receive and send can be awaited.
// MicroPython's `async for` over the object is left out: mpts does not compile `for await`
// (MPTS1005); loop on `await e.arecv()` instead. Simulated as espnow is.

declare module "aioespnow" {
  import type { ESPNow } from "espnow";

  interface AIOESPNow extends ESPNow {
    /** Wait (without blocking other tasks) for the next message: [mac, msg]. */
    arecv(): Promise<[mac: bytes, msg: bytes]>;
    /** As arecv(), reusing the same buffers for each message (copy what must be kept). */
    airecv(): Promise<[mac: bytes, msg: bytes]>;
    /** Send `msg` to the registered peer `mac` (or every peer when null); with `sync`, resolves to whether it was confirmed. */
    asend(mac: BytesLike | null, msg: BytesLike | string, sync?: boolean): Promise<boolean>;
    /** Send `msg` to every registered peer. */
    asend(msg: BytesLike | string): Promise<boolean>;
    readonly __pythonType: "ESPNow";
  }
  interface AIOESPNowConstructor {
    /** The ESP-NOW interface, with asyncio methods; switch it on with active(true). */
    new (): AIOESPNow;
    /** The ESP-NOW interface, with asyncio methods; switch it on with active(true). */
    (): AIOESPNow;
  }
  /** ESP-NOW with asyncio: `const e = AIOESPNow(); e.active(true); const [mac, msg] = await e.arecv()`. */
  const AIOESPNow: AIOESPNowConstructor;
}
