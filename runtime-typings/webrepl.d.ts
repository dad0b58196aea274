// MicroPython's webrepl module (frozen into the ESP32 firmware): the board's Python prompt over
// a WebSocket, for the WebREPL web client (https://micropython.org/webrepl/), also to upload
// files. Set a password (4 to 9 characters) first: with `import webrepl_setup` at the prompt,
// which writes webrepl_cfg.py, or as the `password` argument. `mpts run` has no WebREPL: start()
// only says so in the log.

declare module "webrepl" {
  /**
   * Listen for WebREPL clients on `port` (8266 by default) in the background, with `password`
   * (default: the one in webrepl_cfg.py). The board's network must be up first.
   */
  function start(port?: number, password?: string | null): void;
  /** Start WebREPL and wait here for the first client before returning. */
  function start_foreground(port?: number, password?: string | null): void;
  /** Stop listening and close the WebREPL connection. */
  function stop(): void;
}
