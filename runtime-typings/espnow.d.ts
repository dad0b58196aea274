// MicroPython's espnow module (ESP32 firmware): ESP-NOW, Espressif's connectionless messages of up
// to 250 bytes between boards by MAC address, without an access point. The Wi-Fi station (or
// access point) interface must be active first: `network.WLAN(network.STA_IF).active(true)`.
// In the simulator, boards on the same computer talk to each other (docs/semantics/board-modules.md).

declare module "espnow" {
  /** A received message: the sender's MAC address and the message, or [null, null] on a timeout. */
  type Received = [mac: bytes, msg: bytes] | [mac: null, msg: null];
  /** A registered peer: (mac, lmk, channel, ifidx, encrypt). */
  type PeerInfo = [mac: bytes, lmk: bytes, channel: number, ifidx: number, encrypt: boolean];
  /** A data rate for config({ rate }): one of the RATE_ constants. */
  type Rate = Brand<"EspNowRate">;

  /** Peer settings for add_peer and mod_peer, by name. */
  type PeerOptions = {
    /** The 16-byte local master key that encrypts messages to this peer (empty: no encryption). */
    lmk?: BytesLike | string | null;
    /** The Wi-Fi channel, 0 (the interface's current one) to 14. */
    channel?: number;
    /** The interface to send through: network.STA_IF (0) or network.AP_IF (1). */
    ifidx?: number;
    /** Encrypt with the PMK and LMK (true by default when `lmk` is a key). */
    encrypt?: boolean;
  };

  interface ESPNow {
    /** Whether ESP-NOW is on. */
    active(): boolean;
    /** Switch ESP-NOW on (allocating its receive buffer) or off. */
    active(flag: boolean): boolean;
    /** Change settings: `rxbuf` (receive buffer bytes), `timeout_ms` (default recv timeout; negative waits forever), `rate`. */
    config(options: Kw<{ rxbuf?: number; timeout_ms?: number; rate?: Rate | number }>): void;
    /** Read one setting. */
    config(param: "rxbuf" | "timeout_ms"): number;
    /**
     * Send `msg` (at most MAX_DATA_LEN bytes) to the registered peer `mac`, or to every registered
     * peer when `mac` is null. With `sync` (the default) wait for the peer's answer: false when it
     * did not confirm. Sending to an unregistered address raises OSError (ESP_ERR_ESPNOW_NOT_FOUND).
     */
    send(mac: BytesLike | null, msg: BytesLike | string, sync?: boolean): boolean;
    /** Send to every registered peer (the one-argument form). */
    send(msg: BytesLike | string): boolean;
    /** Wait up to `timeout_ms` (0: not at all, negative: forever, omitted: the configured timeout) for a message. */
    recv(timeout_ms?: number | null): Received;
    /** As recv(), but the returned list and buffers are reused by the next call (no heap allocation per message). */
    irecv(timeout_ms?: number | null): Received;
    /** Receive into `data` (a list of two bytearrays: MAC, message buffer); returns the message length, 0 on a timeout. */
    recvinto(data: [bytearray, bytearray], timeout_ms?: number | null): number;
    /** True when a message is waiting. */
    any(): boolean;
    /** (sent, answered, failed, received, dropped) message counts. */
    stats(): [tx_pkts: number, tx_responses: number, tx_failures: number, rx_packets: number, rx_dropped: number];
    /** Set the 16-byte primary master key used for encrypted peers. */
    set_pmk(pmk: BytesLike | string): void;
    /** Register `mac` (6 bytes) as a peer; needed before send() to it (at most 20, 6 of them encrypted). */
    add_peer(mac: BytesLike, lmk?: BytesLike | string | null, channel?: number, ifidx?: number, encrypt?: boolean): void;
    /** Register `mac` with settings given by name. */
    add_peer(mac: BytesLike, options: Kw<PeerOptions>): void;
    /** Forget the peer `mac`. */
    del_peer(mac: BytesLike): void;
    /** The settings of the registered peer `mac`. */
    get_peer(mac: BytesLike): PeerInfo;
    /** (registered peers, encrypted peers). */
    peer_count(): [peers: number, encrypted: number];
    /** Every registered peer's settings. */
    get_peers(): PeerInfo[];
    /** Change a registered peer's settings (those omitted stay). */
    mod_peer(mac: BytesLike, options: Kw<PeerOptions>): void;
    /** Change a registered peer's settings, positionally. */
    mod_peer(mac: BytesLike, lmk: BytesLike | string | null, channel?: number, ifidx?: number, encrypt?: boolean): void;
    /** Call `callback` (with this object) soon after a message arrives; read all waiting messages with irecv(0) in it. */
    irq(callback: ((e: ESPNow) => void) | null): void;
    /** Every peer heard from: MAC -> [signal strength in dBm, time in ms of its last message]. */
    readonly peers_table: Map<bytes, [rssi: number, time_ms: number]>;
    readonly __pythonType: "ESPNow";
  }
  interface ESPNowConstructor {
    /** The ESP-NOW interface (every call returns the same object); switch it on with active(true). */
    new (): ESPNow;
    /** The ESP-NOW interface (every call returns the same object); switch it on with active(true). */
    (): ESPNow;
  }
  /** ESP-NOW messaging: `const e = ESPNow(); e.active(true); e.add_peer(peer); e.send(peer, "hi")`. */
  const ESPNow: ESPNowConstructor;

  /** The longest message: 250 bytes (ESP-NOW v1). */
  const MAX_DATA_LEN: number;
  /** Length of an encryption key: 16 bytes. */
  const KEY_LEN: number;
  /** Length of a MAC address: 6 bytes. */
  const ADDR_LEN: number;
  /** Most peers that can be registered: 20. */
  const MAX_TOTAL_PEER_NUM: number;
  /** Most encrypted peers: 6. */
  const MAX_ENCRYPT_PEER_NUM: number;
  /** Long-range mode, 250 kbit/s (only between ESP32s). */
  const RATE_LORA_250K: Rate;
  /** Long-range mode, 500 kbit/s. */
  const RATE_LORA_500K: Rate;
  /** 1 Mbit/s (the default). */
  const RATE_1M: Rate;
  /** 2 Mbit/s. */
  const RATE_2M: Rate;
  /** 5.5 Mbit/s. */
  const RATE_5M: Rate;
  /** 6 Mbit/s. */
  const RATE_6M: Rate;
  /** 11 Mbit/s. */
  const RATE_11M: Rate;
  /** 12 Mbit/s. */
  const RATE_12M: Rate;
  /** 24 Mbit/s. */
  const RATE_24M: Rate;
  /** 54 Mbit/s (the fastest, the shortest range). */
  const RATE_54M: Rate;
}
