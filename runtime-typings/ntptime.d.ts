// MicroPython's ntptime module: set the board's clock from a time server (SNTP, UTC, 1-second steps).
// `host` and `timeout` are module variables a program may change; TypeScript only lets a default
// import assign them: `import ntptime from "ntptime"; ntptime.host = "time.google.com"`.
// In the simulator the clock is this computer's: time() answers with it, settime() sets the RTC to it.

declare module "ntptime" {
  /** The NTP server to ask (default `"pool.ntp.org"`); a program may set it before calling `settime()`. */
  export let host: string;
  /** Seconds to wait for the server's answer (default 1) before OSError (ETIMEDOUT). */
  export let timeout: number;
  /** Ask the server for the time: seconds since the epoch of the `time` module (UTC); needs a network connection. */
  export function time(): number;
  /** Ask the server for the time and set the board's real-time clock to it (UTC). */
  export function settime(): void;
  /** The module itself, whose `host` and `timeout` a program may assign (`export =` would be an error in an ES module project). */
  const ntptime: { host: string; timeout: number; time(): number; settime(): void };
  export default ntptime;
}
