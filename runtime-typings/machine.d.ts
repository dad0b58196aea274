// MicroPython's machine module for the ESP32 port (also importable as umachine):
// GPIO pins, timers, PWM, ADC/DAC, I2C, SPI, UART, the RTC, the watchdog, resets and sleep.

declare module "machine" {
  /** A pin direction: Pin.IN, Pin.OUT or Pin.OPEN_DRAIN. */
  type PinMode = Brand<"PinMode">;
  /** A pull resistor: Pin.PULL_UP or Pin.PULL_DOWN. */
  type PinPull = Brand<"PinPull">;
  /** An output drive strength: Pin.DRIVE_0 (weakest) to Pin.DRIVE_3 (strongest). */
  type PinDrive = Brand<"PinDrive">;
  /** What fires a pin interrupt: Pin.IRQ_RISING, Pin.IRQ_FALLING, Pin.WAKE_LOW or Pin.WAKE_HIGH. */
  type PinTrigger = Brand<"PinTrigger">;
  /**
   * Constants joined with `|`, such as `Pin.IRQ_RISING | Pin.IRQ_FALLING`: TypeScript types
   * the result as a plain number. A constant of another kind (Pin.OUT as a trigger) is still an error.
   */
  type Flags = number & { readonly __brand?: never };
  /** A timer mode: Timer.ONE_SHOT or Timer.PERIODIC. */
  type TimerMode = Brand<"TimerMode">;
  /** An ADC input attenuation: ADC.ATTN_0DB, ATTN_2_5DB, ATTN_6DB or ATTN_11DB. */
  type AdcAtten = Brand<"AdcAtten">;
  /** An ADC resolution: ADC.WIDTH_9BIT to ADC.WIDTH_12BIT (the value is the number of bits). */
  type AdcWidth = Brand<"AdcWidth">;
  /** The bit order on an SPI bus: SPI.MSB or SPI.LSB. */
  type SpiFirstBit = Brand<"SpiFirstBit">;
  /** A UART line to invert: UART.INV_TX, INV_RX, INV_RTS or INV_CTS (join several with `|`). */
  type UartInvert = Brand<"UartInvert">;
  /** UART hardware flow control: UART.RTS, UART.CTS, or both joined with `|`. */
  type UartFlow = Brand<"UartFlow">;
  /** Why the board last reset: machine.PWRON_RESET, HARD_RESET, WDT_RESET, DEEPSLEEP_RESET or SOFT_RESET. */
  type ResetCause = Brand<"ResetCause">;
  /** Which sleep a pin interrupt wakes the board from: machine.SLEEP (light) or machine.DEEPSLEEP. */
  type WakeMode = Brand<"WakeMode">;
  /** What woke the board: machine.PIN_WAKE, EXT0_WAKE, EXT1_WAKE, TIMER_WAKE, TOUCHPAD_WAKE or ULP_WAKE. */
  type WakeReason = Brand<"WakeReason">;
  /** The interrupt state disable_irq returns; give it back to enable_irq. */
  type IrqState = Brand<"IrqState">;

  /** A date and time as the RTC keeps it: (year, month 1..12, day 1..31, weekday 0..6 for Monday..Sunday, hours, minutes, seconds, microseconds). */
  type DateTimeTuple = [
    year: number,
    month: number,
    day: number,
    weekday: number,
    hours: number,
    minutes: number,
    seconds: number,
    subseconds: number,
  ];
  /** Pulse timing for bitstream, in nanoseconds: high and low time of a 0 bit, then of a 1 bit. */
  type BitstreamTiming = [high0: number, low0: number, high1: number, low1: number];

  /** Keyword settings of a pin, for the Pin constructor and Pin.init. */
  type PinOptions = {
    /** Output level to set before the pin is switched to output (0 or 1), so it never glitches. */
    value?: number | boolean;
    /** Output drive strength, Pin.DRIVE_0..DRIVE_3 (5, 10, 20 or 40 mA; DRIVE_2 by default). */
    drive?: PinDrive;
    /** true freezes the pin's configuration and level (also through deep sleep); false releases it. */
    hold?: boolean;
  };
  /** PinOptions plus the direction and pull resistor, to give them by name. */
  type PinAllOptions = PinOptions & {
    /** Direction: Pin.IN, Pin.OUT or Pin.OPEN_DRAIN. */
    mode?: PinMode;
    /** Pull resistor: Pin.PULL_UP, Pin.PULL_DOWN, or null for none. */
    pull?: PinPull | null;
  };

  /** The interrupt handler of a pin, as `pin.irq()` returns it. */
  interface PinIRQ {
    /** Run the handler now, as if the pin had triggered it. */
    (): void;
    /** The trigger currently configured. */
    trigger(): int;
    /** Change the trigger; returns the previous one. */
    trigger(trigger: PinTrigger | Flags): int;
    readonly __pythonType: "IRQ";
  }

  /** A GPIO pin. Pins 34..39 are input only and have no pull resistors; 6..11 belong to the flash chip. */
  interface Pin {
    /** Shortcut for value(): the input level, 0 or 1. */
    (): 0 | 1;
    /** Shortcut for value(level): set the output high (truthy) or low. */
    (level: number | boolean): void;
    /** Reconfigure the pin; only the settings given change (null as pull turns both resistors off). */
    init(mode?: PinMode, pull?: PinPull | null, options?: Kw<PinOptions>): void;
    /** Reconfigure the pin with settings given by name: `pin.init({ pull: null })`. */
    init(options: Kw<PinAllOptions>): void;
    /** The level on the pin: 0 (low) or 1 (high). */
    value(): 0 | 1;
    /** Set the output level: high for a truthy value, low otherwise. */
    value(level: number | boolean): void;
    /** Set the output high (1). */
    on(): void;
    /** Set the output low (0). */
    off(): void;
    /** Invert the output level. */
    toggle(): void;
    /**
     * Call `handler` (with this pin) when `trigger` happens; both edges by default. The ESP32
     * runs handlers soon after the event, not inside the interrupt (there is no `hard` option).
     * A null handler turns the interrupt off; no arguments returns the current IRQ object.
     * With trigger Pin.WAKE_LOW or WAKE_HIGH, `wake` makes the level wake the board from
     * machine.SLEEP and/or machine.DEEPSLEEP instead.
     */
    irq(handler?: ((pin: Pin) => void) | null, trigger?: PinTrigger | Flags, options?: Kw<{ wake?: WakeMode | Flags }>): PinIRQ;
    readonly __pythonType: "Pin";
  }

  interface PinConstructor {
    /**
     * The GPIO pin with this number, configured with `mode`, `pull` and the keyword settings when given.
     * A pull given as null or undefined turns the resistors off; to leave them as they are, omit it
     * or use the by-name form.
     */
    new (id: number, mode?: PinMode, pull?: PinPull | null, options?: Kw<PinOptions>): Pin;
    /**
     * The GPIO pin with this number, configured with `mode`, `pull` and the keyword settings when given.
     * A pull given as null or undefined turns the resistors off; to leave them as they are, omit it
     * or use the by-name form.
     */
    (id: number, mode?: PinMode, pull?: PinPull | null, options?: Kw<PinOptions>): Pin;
    /** The GPIO pin with this number, with every setting given by name: `Pin(4, { pull: Pin.PULL_UP })`. */
    new (id: number, options: Kw<PinAllOptions>): Pin;
    /** The GPIO pin with this number, with every setting given by name: `Pin(4, { pull: Pin.PULL_UP })`. */
    (id: number, options: Kw<PinAllOptions>): Pin;
    /** Input. */
    readonly IN: PinMode;
    /** Push-pull output (it can still be read). */
    readonly OUT: PinMode;
    /** Open-drain output: drives low, floats for high (for buses with a pull-up). */
    readonly OPEN_DRAIN: PinMode;
    /** Pull-up resistor (about 45 kOhm) on. */
    readonly PULL_UP: PinPull;
    /** Pull-down resistor on. */
    readonly PULL_DOWN: PinPull;
    /** Weakest drive: 5 mA, about 130 Ohm. */
    readonly DRIVE_0: PinDrive;
    /** 10 mA, about 60 Ohm. */
    readonly DRIVE_1: PinDrive;
    /** 20 mA, about 30 Ohm (the default). */
    readonly DRIVE_2: PinDrive;
    /** Strongest drive: 40 mA, about 15 Ohm. */
    readonly DRIVE_3: PinDrive;
    /** Interrupt on a rising edge (low to high). */
    readonly IRQ_RISING: PinTrigger;
    /** Interrupt on a falling edge (high to low). */
    readonly IRQ_FALLING: PinTrigger;
    /** Wake from sleep while the pin is low (with the irq `wake` option). */
    readonly WAKE_LOW: PinTrigger;
    /** Wake from sleep while the pin is high (with the irq `wake` option). */
    readonly WAKE_HIGH: PinTrigger;
  }
  /** A GPIO pin: `Pin(2, Pin.OUT)` drives the LED of most boards, `Pin(0, Pin.IN, Pin.PULL_UP)` reads a button. */
  const Pin: PinConstructor;

  /** A pin that can be active-low: on() drives it low when created with `invert: true`. */
  interface Signal {
    /** Whether the signal is active (1) or not (0), taking `invert` into account. */
    value(): 0 | 1;
    /** Make the signal active (truthy) or inactive. */
    value(active: number | boolean): void;
    /** Make the signal active. */
    on(): void;
    /** Make the signal inactive. */
    off(): void;
    readonly __pythonType: "Signal";
  }
  interface SignalConstructor {
    /** A signal on `pin`; `invert: true` for hardware that is active when low (many LEDs and relays). */
    new (pin: Pin, options?: Kw<{ invert?: boolean }>): Signal;
    /** A signal on `pin`; `invert: true` for hardware that is active when low (many LEDs and relays). */
    (pin: Pin, options?: Kw<{ invert?: boolean }>): Signal;
  }
  /** An active-high or active-low wrapper around a Pin. */
  const Signal: SignalConstructor;

  /** Keyword settings of Timer and Timer.init. */
  type TimerOptions = {
    /** Timer.PERIODIC (the default) repeats; Timer.ONE_SHOT fires once. */
    mode?: TimerMode;
    /** Time between calls, in milliseconds. */
    period?: number;
    /** Calls per second (Hz), instead of `period`. */
    freq?: number;
    /** Units of `period` per second: 1000 (the default) means milliseconds. */
    tick_hz?: number;
    /** Called with the timer each time it fires (soon after, not inside the interrupt). */
    callback?: ((timer: Timer) => void) | null;
  };

  /** A hardware timer that calls a function after a time or periodically. */
  interface Timer {
    /** Start (or restart) the timer: `tim.init({ mode: Timer.PERIODIC, period: 1000, callback: tick })`. */
    init(options: Kw<TimerOptions>): void;
    /** Stop the timer. */
    deinit(): void;
    /** The timer's current count, in milliseconds since it (re)started counting. */
    value(): uint;
    readonly __pythonType: "Timer";
  }
  interface TimerConstructor {
    /** Hardware timer `id` (0..3 on the ESP32), started at once when settings are given. */
    new (id: number, options?: Kw<TimerOptions>): Timer;
    /** Hardware timer `id` (0..3 on the ESP32), started at once when settings are given. */
    (id: number, options?: Kw<TimerOptions>): Timer;
    /** Fire once, after `period`. */
    readonly ONE_SHOT: TimerMode;
    /** Fire every `period` (the default). */
    readonly PERIODIC: TimerMode;
  }
  /** One of the ESP32's four hardware timers. */
  const Timer: TimerConstructor;

  /** Keyword settings of PWM and PWM.init. Give at most one of duty, duty_u16 and duty_ns. */
  type PWMOptions = {
    /** Frequency in Hz, 1 Hz to 40 MHz (higher frequencies have coarser duty steps). */
    freq?: number;
    /** Duty cycle 0..1023 (1023 is always on). */
    duty?: number;
    /** Duty cycle 0..65535 (65535 is always on). */
    duty_u16?: number;
    /** Pulse width in nanoseconds, up to 1e9 / freq. */
    duty_ns?: number;
    /** true inverts the output. */
    invert?: boolean;
  };

  /** Pulse width modulation on a pin (LED brightness, servos, buzzers). */
  interface PWM {
    /** Change the settings given. */
    init(options: Kw<PWMOptions>): void;
    /** Stop the output and free the PWM channel. */
    deinit(): void;
    /** The frequency in Hz. */
    freq(): uint;
    /** Set the frequency in Hz (1 Hz to 40 MHz). */
    freq(hz: number): void;
    /** The duty cycle, 0..1023. */
    duty(): uint;
    /** Set the duty cycle, 0..1023. */
    duty(value: number): void;
    /** The duty cycle, 0..65535. */
    duty_u16(): u16;
    /** Set the duty cycle, 0..65535 (32768 is half on). */
    duty_u16(value: number): void;
    /** The pulse width in nanoseconds. */
    duty_ns(): uint;
    /** Set the pulse width in nanoseconds. */
    duty_ns(ns: number): void;
    readonly __pythonType: "PWM";
  }
  interface PWMConstructor {
    /** PWM on `pin` (a Pin or its number): `PWM(Pin(2), { freq: 1000, duty_u16: 32768 })`. */
    new (pin: Pin | number, options?: Kw<PWMOptions>): PWM;
    /** PWM on `pin` (a Pin or its number): `PWM(Pin(2), { freq: 1000, duty_u16: 32768 })`. */
    (pin: Pin | number, options?: Kw<PWMOptions>): PWM;
  }
  /** Pulse width modulation (16 channels, 8 different frequencies on the ESP32). */
  const PWM: PWMConstructor;

  /** An analog input: pins 32..39 (block 1), or 0, 2, 4, 12..15, 25..27 (block 2, unusable while Wi-Fi is on). */
  interface ADC {
    /** Change the attenuation by name: `adc.init({ atten: ADC.ATTN_11DB })`. */
    init(options: Kw<{ atten?: AdcAtten }>): void;
    /** A reading scaled to 0..65535, whatever the resolution. */
    read_u16(): u16;
    /** The calibrated input voltage in microvolts (millivolt resolution); the most accurate reading. */
    read_uv(): uint;
    /** A raw reading in the current resolution: 0..4095 at 12 bits. */
    read(): u16;
    /** Set the attenuation, which sets the measurable range (ATTN_11DB: up to about 2.45 V). */
    atten(atten: AdcAtten): void;
    /** Set the resolution of read() (ADC.WIDTH_9BIT..WIDTH_12BIT). */
    width(width: AdcWidth): void;
    readonly __pythonType: "ADC";
  }
  interface ADCConstructor {
    /** The analog input on `pin` (a Pin or its number): `ADC(Pin(34), { atten: ADC.ATTN_11DB })`. */
    new (pin: Pin | number, options?: Kw<{ atten?: AdcAtten }>): ADC;
    /** The analog input on `pin` (a Pin or its number): `ADC(Pin(34), { atten: ADC.ATTN_11DB })`. */
    (pin: Pin | number, options?: Kw<{ atten?: AdcAtten }>): ADC;
    /** No attenuation: about 0.1..0.95 V. */
    readonly ATTN_0DB: AdcAtten;
    /** 2.5 dB: about 0.1..1.25 V. */
    readonly ATTN_2_5DB: AdcAtten;
    /** 6 dB: about 0.15..1.75 V. */
    readonly ATTN_6DB: AdcAtten;
    /** 11 dB: about 0.15..2.45 V (inputs must stay below 3.6 V). */
    readonly ATTN_11DB: AdcAtten;
    /** 9-bit readings (0..511). */
    readonly WIDTH_9BIT: AdcWidth;
    /** 10-bit readings (0..1023). */
    readonly WIDTH_10BIT: AdcWidth;
    /** 11-bit readings (0..2047). */
    readonly WIDTH_11BIT: AdcWidth;
    /** 12-bit readings (0..4095, the default). */
    readonly WIDTH_12BIT: AdcWidth;
  }
  /** Analog to digital conversion. */
  const ADC: ADCConstructor;

  /** An analog output, 8 bits (pins 25 and 26 on the ESP32). */
  interface DAC {
    /** Output `value` (0..255) as a voltage from 0 to about 3.3 V. */
    write(value: number): void;
    readonly __pythonType: "DAC";
  }
  interface DACConstructor {
    /** The analog output on `pin`. */
    new (pin: Pin): DAC;
    /** The analog output on `pin`. */
    (pin: Pin): DAC;
  }
  /** Digital to analog conversion. */
  const DAC: DACConstructor;

  /** A capacitive touch input. */
  interface TouchPad {
    /** The capacitance reading; on the ESP32 it gets smaller when the pad is touched. */
    read(): uint;
    /** Set the threshold below which a touch wakes the board (with esp32.wake_on_touch). */
    config(value: number): void;
    readonly __pythonType: "TouchPad";
  }
  interface TouchPadConstructor {
    /** The touch input on `pin` (0, 2, 4, 12..15, 27, 32 or 33). */
    new (pin: Pin): TouchPad;
    /** The touch input on `pin` (0, 2, 4, 12..15, 27, 32 or 33). */
    (pin: Pin): TouchPad;
  }
  /** Capacitive touch sensing. */
  const TouchPad: TouchPadConstructor;

  /** Keyword settings of an I2C bus. */
  type I2COptions = {
    /** The clock pin (a Pin or its number). */
    scl?: Pin | number;
    /** The data pin (a Pin or its number). */
    sda?: Pin | number;
    /** Clock frequency in Hz (400000 by default). */
    freq?: number;
    /** How long to wait for a device that holds the clock low, in microseconds. */
    timeout?: number;
  };

  /** An I2C bus (controller side). Addresses are 7-bit device addresses; failed transfers raise OSError. */
  interface I2C {
    /** The addresses of the devices that answer, from 0x08 to 0x77. */
    scan(): number[];
    /** Read `nbytes` from the device at `addr`; `stop` false keeps the bus for a following transfer. */
    readfrom(addr: number, nbytes: number, stop?: boolean): bytes;
    /** Read from the device at `addr` until `buf` is full. */
    readfrom_into(addr: number, buf: bytearray | memoryview | Uint8Array, stop?: boolean): void;
    /** Write `buf` to the device at `addr`; returns the number of bytes it acknowledged. */
    writeto(addr: number, buf: BytesLike, stop?: boolean): number;
    /** Write the buffers one after the other in one transfer; returns the bytes acknowledged. */
    writevto(addr: number, buffers: BytesLike[], stop?: boolean): number;
    /** Read `nbytes` from register `memaddr` of the device; `addrsize` is the register address size in bits. */
    readfrom_mem(addr: number, memaddr: number, nbytes: number, options?: Kw<{ addrsize?: number }>): bytes;
    /** Read from register `memaddr` of the device until `buf` is full. */
    readfrom_mem_into(addr: number, memaddr: number, buf: bytearray | memoryview | Uint8Array, options?: Kw<{ addrsize?: number }>): void;
    /** Write `buf` to register `memaddr` of the device. */
    writeto_mem(addr: number, memaddr: number, buf: BytesLike, options?: Kw<{ addrsize?: number }>): void;
    readonly __pythonType: "I2C" | "SoftI2C";
  }
  interface I2CConstructor {
    /** Hardware I2C bus `id` (0 or 1): `I2C(0, { scl: Pin(22), sda: Pin(21), freq: 400000 })`. */
    new (id: number, options?: Kw<I2COptions>): I2C;
    /** Hardware I2C bus `id` (0 or 1): `I2C(0, { scl: Pin(22), sda: Pin(21), freq: 400000 })`. */
    (id: number, options?: Kw<I2COptions>): I2C;
  }
  /** A hardware I2C bus (two on the ESP32; any output pins). */
  const I2C: I2CConstructor;

  /** An I2C bus driven by software; it also has the low-level bus operations. */
  interface SoftI2C extends I2C {
    /** Change the bus settings given. */
    init(options: Kw<I2COptions>): void;
    /** Send a start condition (SDA falls while SCL is high). */
    start(): void;
    /** Send a stop condition (SDA rises while SCL is high). */
    stop(): void;
    /** Read bytes until `buf` is full, acknowledging each one except the last when `nack` is true (the default). */
    readinto(buf: bytearray | memoryview | Uint8Array, nack?: boolean): void;
    /** Write `buf`; returns how many bytes were acknowledged (it stops at the first that is not). */
    write(buf: BytesLike): number;
    readonly __pythonType: "SoftI2C";
  }
  interface SoftI2CConstructor {
    /** A software bus on any two output pins: `SoftI2C({ scl: Pin(5), sda: Pin(4), freq: 100000 })`. */
    new (options: Kw<I2COptions & { scl: Pin | number; sda: Pin | number }>): SoftI2C;
    /** A software bus on any two output pins: `SoftI2C({ scl: Pin(5), sda: Pin(4), freq: 100000 })`. */
    (options: Kw<I2COptions & { scl: Pin | number; sda: Pin | number }>): SoftI2C;
    /** A software bus on `scl` and `sda`. */
    new (scl: Pin | number, sda: Pin | number, options?: Kw<{ freq?: number; timeout?: number }>): SoftI2C;
    /** A software bus on `scl` and `sda`. */
    (scl: Pin | number, sda: Pin | number, options?: Kw<{ freq?: number; timeout?: number }>): SoftI2C;
  }
  /** A software (bit-banged) I2C bus. */
  const SoftI2C: SoftI2CConstructor;

  /** Keyword settings of an SPI bus, except the baud rate. */
  type SPIBusOptions = {
    /** Level of the idle clock line, 0 or 1. */
    polarity?: 0 | 1;
    /** 0 samples data on the first clock edge, 1 on the second. */
    phase?: 0 | 1;
    /** Bits per transfer (8 by default). */
    bits?: number;
    /** SPI.MSB (the default) or SPI.LSB first. */
    firstbit?: SpiFirstBit;
    /** The clock pin. */
    sck?: Pin | number;
    /** The controller-out pin. */
    mosi?: Pin | number;
    /** The controller-in pin. */
    miso?: Pin | number;
  };
  /** Keyword settings of an SPI bus. */
  type SPIOptions = SPIBusOptions & {
    /** Clock rate in Hz (up to 80 MHz on the default pins of a hardware bus). */
    baudrate?: number;
  };

  /** An SPI bus (controller side). Select the device with its chip-select Pin yourself. */
  interface SPI {
    /** Change the settings given. */
    init(options: Kw<SPIOptions>): void;
    /** Release the bus. */
    deinit(): void;
    /** Read `nbytes` while sending the byte `write` (0 by default) for each. */
    read(nbytes: number, write?: number): bytes;
    /** Read until `buf` is full while sending the byte `write` for each. */
    readinto(buf: bytearray | memoryview | Uint8Array, write?: number): void;
    /** Send `buf`. */
    write(buf: BytesLike): void;
    /** Send `write_buf` while reading as many bytes into `read_buf` (they may be the same buffer). */
    write_readinto(write_buf: BytesLike, read_buf: bytearray | memoryview | Uint8Array): void;
    readonly __pythonType: "SPI" | "SoftSPI";
  }
  interface SPIConstructor {
    /** Hardware SPI bus `id` (1 = HSPI, 2 = VSPI): `SPI(1, { baudrate: 10000000, sck: Pin(14), mosi: Pin(13), miso: Pin(12) })`. */
    new (id: number, options?: Kw<SPIOptions>): SPI;
    /** Hardware SPI bus `id` (1 = HSPI, 2 = VSPI): `SPI(1, { baudrate: 10000000, sck: Pin(14), mosi: Pin(13), miso: Pin(12) })`. */
    (id: number, options?: Kw<SPIOptions>): SPI;
    /** Hardware SPI bus `id` at `baudrate` Hz. */
    new (id: number, baudrate: number, options?: Kw<SPIBusOptions>): SPI;
    /** Hardware SPI bus `id` at `baudrate` Hz. */
    (id: number, baudrate: number, options?: Kw<SPIBusOptions>): SPI;
    /** Most significant bit first. */
    readonly MSB: SpiFirstBit;
    /** Least significant bit first. */
    readonly LSB: SpiFirstBit;
  }
  /** A hardware SPI bus. */
  const SPI: SPIConstructor;

  /** An SPI bus driven by software on any pins. */
  interface SoftSPI extends SPI {
    readonly __pythonType: "SoftSPI";
  }
  interface SoftSPIConstructor {
    /** A software bus; give all three of sck, mosi and miso. */
    new (options: Kw<SPIOptions>): SoftSPI;
    /** A software bus; give all three of sck, mosi and miso. */
    (options: Kw<SPIOptions>): SoftSPI;
    /** A software bus at `baudrate` Hz. */
    new (baudrate: number, options: Kw<SPIBusOptions>): SoftSPI;
    /** A software bus at `baudrate` Hz. */
    (baudrate: number, options: Kw<SPIBusOptions>): SoftSPI;
    /** Most significant bit first. */
    readonly MSB: SpiFirstBit;
    /** Least significant bit first. */
    readonly LSB: SpiFirstBit;
  }
  /** A software (bit-banged) SPI bus. */
  const SoftSPI: SoftSPIConstructor;

  /** Keyword settings of a UART, except the baud rate. */
  type UARTFrameOptions = {
    /** Data bits per character: 5 to 8 (8 by default). */
    bits?: 5 | 6 | 7 | 8;
    /** Parity: null for none (the default), 0 for even, 1 for odd. */
    parity?: 0 | 1 | null;
    /** Stop bits: 1 (the default) or 2. */
    stop?: 1 | 2;
    /** The transmit pin (a Pin or its number). */
    tx?: Pin | number;
    /** The receive pin (a Pin or its number). */
    rx?: Pin | number;
    /** The request-to-send pin, for hardware flow control. */
    rts?: Pin | number;
    /** The clear-to-send pin, for hardware flow control. */
    cts?: Pin | number;
    /** Size of the transmit buffer in bytes. */
    txbuf?: number;
    /** Size of the receive buffer in bytes (256 by default). */
    rxbuf?: number;
    /** How long a read waits for the first character, in milliseconds (0: do not wait). */
    timeout?: number;
    /** How long a read waits between characters, in milliseconds. */
    timeout_char?: number;
    /** Lines to invert: UART.INV_TX, INV_RX, INV_RTS, INV_CTS, joined with `|`. */
    invert?: UartInvert | Flags;
    /** Hardware flow control: UART.RTS, UART.CTS, both joined with `|`, or 0 for none. */
    flow?: UartFlow | Flags;
  };
  /** Keyword settings of a UART. */
  type UARTOptions = UARTFrameOptions & {
    /** Speed in bits per second (115200 by default). */
    baudrate?: number;
  };

  /** A serial port. UART 0 is the REPL's (pins 1 and 3); use 1 or 2 for devices. */
  interface UART {
    /** Change the settings given. */
    init(options: Kw<UARTOptions>): void;
    /** Turn the port off. */
    deinit(): void;
    /** How many bytes are waiting to be read. */
    any(): uint;
    /** Read up to `nbytes` (all that is available when omitted); null when nothing came before the timeout. */
    read(nbytes?: number): bytes | null;
    /** Read one line including its `\n`; null when nothing came before the timeout. */
    readline(): bytes | null;
    /** Read into `buf` (at most `nbytes`); returns the count, or null on timeout. */
    readinto(buf: bytearray | memoryview | Uint8Array, nbytes?: number): uint | null;
    /** Send `buf` (a str is sent as UTF-8); returns the bytes written, or null on timeout. */
    write(buf: BytesLike | string): uint | null;
    /** Hold the line low for longer than a character (a break condition). */
    sendbreak(): void;
    /** Wait until everything written has been sent. */
    flush(): void;
    /** True when everything written has been sent. */
    txdone(): boolean;
    readonly __pythonType: "UART";
  }
  interface UARTConstructor {
    /** UART `id` (0..2): `UART(1, { baudrate: 9600, tx: 17, rx: 16 })`. */
    new (id: number, options?: Kw<UARTOptions>): UART;
    /** UART `id` (0..2): `UART(1, { baudrate: 9600, tx: 17, rx: 16 })`. */
    (id: number, options?: Kw<UARTOptions>): UART;
    /** UART `id` at `baudrate` bits per second. */
    new (id: number, baudrate: number, options?: Kw<UARTFrameOptions>): UART;
    /** UART `id` at `baudrate` bits per second. */
    (id: number, baudrate: number, options?: Kw<UARTFrameOptions>): UART;
    /** Invert the transmit line. */
    readonly INV_TX: UartInvert;
    /** Invert the receive line. */
    readonly INV_RX: UartInvert;
    /** Invert the RTS line. */
    readonly INV_RTS: UartInvert;
    /** Invert the CTS line. */
    readonly INV_CTS: UartInvert;
    /** Flow control on the RTS line (the board says when it can receive). */
    readonly RTS: UartFlow;
    /** Flow control on the CTS line (the device says when it can receive). */
    readonly CTS: UartFlow;
  }
  /** A hardware serial port (three on the ESP32). */
  const UART: UARTConstructor;

  /** The real-time clock; it keeps counting through light and deep sleep. */
  interface RTC {
    /** The current date and time. */
    datetime(): DateTimeTuple;
    /** Set the date and time (the weekday is ignored). */
    datetime(datetime: DateTimeTuple): void;
    /** Set the date and time, as datetime(t) does. */
    init(datetime: DateTimeTuple): void;
    /** The bytes kept in RTC memory, which survives deep sleep. */
    memory(): bytes;
    /** Keep `data` in RTC memory (at most 2 KiB); it survives deep sleep, not a power cut. */
    memory(data: BytesLike): void;
    readonly __pythonType: "RTC";
  }
  interface RTCConstructor {
    /** The board's real-time clock. */
    new (): RTC;
    /** The board's real-time clock. */
    (): RTC;
  }
  /** The real-time clock. */
  const RTC: RTCConstructor;

  /** The watchdog: it resets the board unless fed in time. It cannot be stopped once started. */
  interface WDT {
    /** Restart the watchdog's countdown; call it more often than the timeout. */
    feed(): void;
    readonly __pythonType: "WDT";
  }
  interface WDTConstructor {
    /** Start the watchdog with `timeout` in milliseconds (5000 by default); `id` is 0. */
    new (options?: Kw<{ id?: number; timeout?: number }>): WDT;
    /** Start the watchdog with `timeout` in milliseconds (5000 by default); `id` is 0. */
    (options?: Kw<{ id?: number; timeout?: number }>): WDT;
  }
  /** The watchdog timer. */
  const WDT: WDTConstructor;

  /** Reset the board as the reset button does; it does not return. */
  function reset(): never;
  /** Restart the Python interpreter without resetting the hardware; it does not return. */
  function soft_reset(): never;
  /** The CPU frequency in Hz. */
  function freq(): uint;
  /** Set the CPU frequency in Hz: 20, 40, 80, 160 or 240 MHz (lower saves power). */
  function freq(hz: number): void;
  /** A byte string that identifies this board (its 6-byte MAC address). */
  function unique_id(): bytes;
  /** Sleep with the CPU stopped for `time_ms` milliseconds (or until a wake source fires); RAM and program state are kept. */
  function lightsleep(time_ms?: number): void;
  /** Power down for `time_ms` milliseconds (or until a wake source fires); the board then restarts from boot, as after a reset. */
  function deepsleep(time_ms?: number): never;
  /** Why the board last reset: compare with machine.PWRON_RESET, DEEPSLEEP_RESET, ... */
  function reset_cause(): ResetCause;
  /** What woke the board from sleep: compare with machine.TIMER_WAKE, PIN_WAKE, ... */
  function wake_reason(): WakeReason;
  /** Give the CPU away until the next interrupt (saves power in busy-wait loops). */
  function idle(): void;
  /** Turn interrupts off; returns the previous state for enable_irq. Keep the time short. */
  function disable_irq(): IrqState;
  /** Restore the interrupt state that disable_irq returned. */
  function enable_irq(state: IrqState): void;
  /**
   * Wait for `pin` to reach `pulse_level` (0 or 1), then time how long it stays there, in microseconds.
   * Returns -2 when the pulse does not start within `timeout_us` (1 s by default), -1 when it does not end.
   */
  function time_pulse_us(pin: Pin, pulse_level: 0 | 1, timeout_us?: number): int;
  /** Send `data` bit by bit on `pin` with precise timing (encoding 0: high/low times per bit), as NeoPixels need. */
  function bitstream(pin: Pin, encoding: 0, timing: BitstreamTiming, data: BytesLike): void;

  /** Reset cause: power was switched on. */
  const PWRON_RESET: ResetCause;
  /** Reset cause: an external reset signal. */
  const HARD_RESET: ResetCause;
  /** Reset cause: the watchdog was not fed. */
  const WDT_RESET: ResetCause;
  /** Reset cause: waking from deep sleep. */
  const DEEPSLEEP_RESET: ResetCause;
  /** Reset cause: machine.reset() or a software crash. */
  const SOFT_RESET: ResetCause;
  /** Wake from light sleep (the irq `wake` option of a pin). */
  const SLEEP: WakeMode;
  /** Wake from deep sleep (the irq `wake` option of a pin). */
  const DEEPSLEEP: WakeMode;
  /** Woken by a pin (the same as EXT0_WAKE). */
  const PIN_WAKE: WakeReason;
  /** Woken by the single RTC wake pin. */
  const EXT0_WAKE: WakeReason;
  /** Woken by one of several RTC pins (esp32.wake_on_ext1). */
  const EXT1_WAKE: WakeReason;
  /** Woken when the sleep time was over. */
  const TIMER_WAKE: WakeReason;
  /** Woken by a touch pad. */
  const TOUCHPAD_WAKE: WakeReason;
  /** Woken by the ultra-low-power coprocessor. */
  const ULP_WAKE: WakeReason;
}

declare module "umachine" {
  export * from "machine";
}
