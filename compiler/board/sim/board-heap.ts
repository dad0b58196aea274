// The board's heap in the simulator: the VM's whole heap, fixed, collected while
// the program runs (gc-vm.ts).

/** An ESP32 without PSRAM: about 110 KB free after boot (MicroPython's esp32 port). */
export const DEFAULT_BOARD_HEAP = 110 * 1024;
