// MicroPython's ntptime module: set the board's clock from a time server (SNTP, UTC, 1-second steps).
// `host` and `timeout` are module variables a program may change; TypeScript only lets a default
// import assign them: `import ntptime from "ntptime"; ntptime.host = "time.google.com"`.
// In the simulator the clock is this computer's: time() answers with it, settime() sets the RTC to it.

declare module "ntptime" {
  namespace ntptime {
    /** The NTP server to ask (default `"pool.ntp.org"`); a program may set it before calling `settime()`. */
    let host: string;
    /** Seconds to wait for the server's answer (default 1) before OSError (ETIMEDOUT). */
    let timeout: number;
    /** Ask the server for the time: seconds since the epoch of the `time` module (UTC); needs a network connection. */
    function time(): number;
    /** Ask the server for the time and set the board's real-time clock to it (UTC). */
    function settime(): void;
  }
  export = ntptime;
}
