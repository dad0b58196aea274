// MicroPython's network module on the ESP32: the Wi-Fi interfaces (station and access
// point), their status and IP settings, and the board's host name and country.

declare module "network" {
  /** Which Wi-Fi interface: `STA_IF` (station, joins a router) or `AP_IF` (the board's own access point). */
  type WlanInterface = Brand<"WlanInterface">;
  /** A connection status, as `status()` returns it: compare with `STAT_GOT_IP` and the other `STAT_` constants. */
  type WlanStatus = Brand<"WlanStatus">;
  /** A Wi-Fi security mode: `AUTH_OPEN`, `AUTH_WPA2_PSK`, ... (also `WLAN.SEC_OPEN`, `WLAN.SEC_WPA2`, ...). */
  type AuthMode = Brand<"AuthMode">;
  /** An 802.11 protocol bit for `config({ protocol })`: combine `MODE_11B | MODE_11G | MODE_11N`. */
  type PhyMode = Brand<"PhyMode">;
  /** A Wi-Fi power-saving mode for `config({ pm })`: `WLAN.PM_NONE`, `WLAN.PM_PERFORMANCE` or `WLAN.PM_POWERSAVE`. */
  type PowerMode = Brand<"PowerMode">;

  /** IPv4 settings as dotted text: (ip, subnet mask, gateway, DNS server), such as `["192.168.4.1", "255.255.255.0", "192.168.4.1", "8.8.8.8"]`. */
  type IfConfig = [ip: string, subnet: string, gateway: string, dns: string];
  /** An IPv4 address with its netmask, both as dotted text. */
  type Addr4 = [address: string, netmask: string];
  /**
   * One access point found by `scan()`: its name (bytes, `.decode()` it), its hardware address
   * (6 bytes), the channel (1..14), the signal strength in dBm (negative; nearer 0 is stronger),
   * its security mode and whether it hides its name.
   */
  type ScanResult = [ssid: bytes, bssid: bytes, channel: number, rssi: number, security: AuthMode, hidden: boolean];
  /** A station connected to the board's access point: its MAC address (6 bytes). */
  type StationInfo = [mac: bytes];

  /** Settings `config()` can change; give only those to change. Most apply to the access point. */
  interface WlanSettings {
    /** The MAC address (6 bytes). */
    mac?: BytesLike;
    /** The access point's network name (at most 32 characters). */
    essid?: string;
    /** Another name for `essid`. */
    ssid?: string;
    /** The Wi-Fi channel, 1..13 (for the station it fixes the channel, as ESP-NOW needs). */
    channel?: number;
    /** true: the access point does not broadcast its name. */
    hidden?: boolean;
    /** The access point's security mode, such as `AUTH_WPA2_PSK` (use a password of 8 characters or more). */
    authmode?: AuthMode;
    /** Another name for `authmode`. */
    security?: AuthMode;
    /** The access point's password. */
    password?: string;
    /** Another name for `password`. */
    key?: string;
    /** The host name (deprecated here: use `network.hostname(name)`). */
    hostname?: string;
    /** The DHCP host name (deprecated: use `network.hostname(name)`). */
    dhcp_hostname?: string;
    /** How many stations may join the access point at once. */
    max_clients?: number;
    /** How often the station retries a lost connection: 0 never, -1 forever. */
    reconnects?: number;
    /** The maximum transmit power in dBm (about 2..20). */
    txpower?: number;
    /** The 802.11 protocols allowed, a bit mask of `MODE_11B | MODE_11G | MODE_11N`. */
    protocol?: number;
    /** The power-saving mode, such as `WLAN.PM_NONE` for the quickest replies. */
    pm?: PowerMode;
  }

  /** The names `config(name)` can read. */
  type WlanParam =
    | "mac"
    | "essid"
    | "ssid"
    | "channel"
    | "hidden"
    | "authmode"
    | "security"
    | "hostname"
    | "dhcp_hostname"
    | "max_clients"
    | "reconnects"
    | "txpower"
    | "protocol"
    | "pm"
    | "ifname";

  /** Settings `ipconfig()` can change on an interface. */
  interface IpSettings {
    /** Station: true to get an address by DHCP, false to stop DHCP. */
    dhcp4?: boolean;
    /** A static address: `"192.168.1.50/24"` or `["192.168.1.50", "255.255.255.0"]` (stops DHCP). */
    addr4?: string | Addr4;
    /** The default gateway, such as `"192.168.1.1"`. */
    gw4?: string;
  }

  /** A Wi-Fi interface. Most methods need it switched on first with `active(true)`. */
  interface WLAN {
    /** True when the interface is switched on. */
    active(): boolean;
    /** Switch the interface on (true) or off (false); returns the new state. Switching on may take a moment. */
    active(isActive: boolean): boolean;
    /**
     * Station: start joining the network `ssid` with password `key` and return at once;
     * poll `isconnected()` or `status()` to know when it worked. Without arguments it
     * rejoins the last network. `bssid` (6 bytes) picks one access point among several with the same name.
     */
    connect(ssid?: string, key?: string, options?: Kw<{ bssid?: BytesLike }>): void;
    /** Station: leave the network. */
    disconnect(): void;
    /** Station: search for access points (takes a few seconds); the interface must be active. */
    scan(): ScanResult[];
    /**
     * Station: the connection status, one of the `STAT_` constants (`STAT_GOT_IP` when connected)
     * or another ESP-IDF reason code after a failure (the access point interface returns None).
     */
    status(): WlanStatus;
    /** Station: the signal strength of the joined access point in dBm (negative; nearer 0 is stronger). */
    status(param: "rssi"): number;
    /** Access point: the stations connected to it. */
    status(param: "stations"): StationInfo[];
    /** Station: true once connected and given an IP address. Access point: true when a station is connected. */
    isconnected(): boolean;
    /** The IPv4 settings (ip, subnet mask, gateway, DNS); the ip is `"0.0.0.0"` until connected. */
    ifconfig(): IfConfig;
    /** Set a static IPv4 configuration (this stops DHCP), or `"dhcp"` to get one from the router again. */
    ifconfig(config: IfConfig | "dhcp"): void;
    /** Change IP settings: `ipconfig({ addr4: "192.168.1.50/24", gw4: "192.168.1.1" })`. */
    ipconfig(settings: Kw<IpSettings>): void;
    /** Station: true when DHCP is on. */
    ipconfig(param: "dhcp4"): boolean;
    /** The IPv4 address and netmask. */
    ipconfig(param: "addr4"): Addr4;
    /** The IPv4 default gateway. */
    ipconfig(param: "gw4"): string;
    /** One IP setting by name, or change settings (`IpSettings`). */
    ipconfig(paramOrSettings: "dhcp4" | "addr4" | "gw4" | Kw<IpSettings>): boolean | Addr4 | string | void;
    /** Change settings: `ap.config({ essid: "board", password: "secret123", authmode: network.AUTH_WPA2_PSK })`. */
    config(settings: Kw<WlanSettings>): void;
    /** The MAC address (6 bytes; `.hex(":")` shows it). */
    config(param: "mac"): bytes;
    /** The network name: the joined network (station) or the board's own (access point). */
    config(param: "essid" | "ssid"): string;
    /** The current Wi-Fi channel (1..14). */
    config(param: "channel"): number;
    /** Access point: true when it hides its name. */
    config(param: "hidden"): boolean;
    /** Access point: its security mode. */
    config(param: "authmode" | "security"): AuthMode;
    /** The host name (prefer `network.hostname()`). */
    config(param: "hostname" | "dhcp_hostname"): string;
    /** Access point: how many stations may join at once. */
    config(param: "max_clients"): number;
    /** Station: the retry count set with `config({ reconnects })`. */
    config(param: "reconnects"): number;
    /** The maximum transmit power in dBm. */
    config(param: "txpower"): number;
    /** The allowed 802.11 protocols, a bit mask of the `MODE_` constants. */
    config(param: "protocol"): number;
    /** The power-saving mode. */
    config(param: "pm"): PowerMode;
    /** The interface's name in the network stack, such as `"st1"`. */
    config(param: "ifname"): string;
    /** One setting by name (one of `WlanParam`), or change settings (`WlanSettings`). */
    config(paramOrSettings: WlanParam | Kw<WlanSettings>): bytes | string | number | boolean | void;
    readonly __pythonType: "WLAN";
  }

  interface WLANConstructor {
    /** The interface `STA_IF` (the default) or `AP_IF`; each is a single object, however often you ask for it. */
    new (interfaceId?: WlanInterface): WLAN;
    (interfaceId?: WlanInterface): WLAN;
    /** The station interface (the same as `network.STA_IF`). */
    readonly IF_STA: WlanInterface;
    /** The access point interface (the same as `network.AP_IF`). */
    readonly IF_AP: WlanInterface;
    /** No password. */
    readonly SEC_OPEN: AuthMode;
    /** WEP (old and insecure). */
    readonly SEC_WEP: AuthMode;
    /** WPA with a password. */
    readonly SEC_WPA: AuthMode;
    /** WPA2 with a password (the usual choice). */
    readonly SEC_WPA2: AuthMode;
    /** WPA or WPA2 with a password. */
    readonly SEC_WPA_WPA2: AuthMode;
    /** WPA2-Enterprise (802.1X). */
    readonly SEC_WPA2_ENT: AuthMode;
    /** WPA3 with a password. */
    readonly SEC_WPA3: AuthMode;
    /** WPA2 or WPA3 with a password. */
    readonly SEC_WPA2_WPA3: AuthMode;
    /** WAPI with a password. */
    readonly SEC_WAPI: AuthMode;
    /** Opportunistic wireless encryption (open but encrypted). */
    readonly SEC_OWE: AuthMode;
    /** No power saving: quickest replies, most current. */
    readonly PM_NONE: PowerMode;
    /** Light power saving (the default). */
    readonly PM_PERFORMANCE: PowerMode;
    /** Most power saving; replies may be slow. */
    readonly PM_POWERSAVE: PowerMode;
  }
  /** A Wi-Fi interface: `network.WLAN(network.STA_IF)` joins a router, `network.WLAN(network.AP_IF)` is the board's own access point. */
  const WLAN: WLANConstructor;

  /** The board's host name on the network (used by DHCP and mDNS). */
  function hostname(): string;
  /** Set the host name (at most 32 characters); set it before connecting. */
  function hostname(name: string): void;
  /** The Wi-Fi country code, two letters such as `"GB"` (`"01"` means worldwide). */
  function country(): string;
  /** Set the Wi-Fi country code (two letters, such as `"DE"`), which sets the allowed channels and power; make a `WLAN` first. */
  function country(code: string): void;
  /** The DNS server used for name lookups, as dotted text. */
  function ipconfig(param: "dns"): string;
  /** Set the DNS server: `network.ipconfig({ dns: "8.8.8.8" })`. */
  function ipconfig(settings: Kw<{ dns?: string }>): void;

  /** The station interface: the board joins a router. */
  const STA_IF: WlanInterface;
  /** The access point interface: other devices join the board. */
  const AP_IF: WlanInterface;

  /** Not connected and not trying. */
  const STAT_IDLE: WlanStatus;
  /** Joining the network. */
  const STAT_CONNECTING: WlanStatus;
  /** Connected and given an IP address. */
  const STAT_GOT_IP: WlanStatus;
  /** Failed: no access point with that name answered. */
  const STAT_NO_AP_FOUND: WlanStatus;
  /** Failed: the password was wrong. */
  const STAT_WRONG_PASSWORD: WlanStatus;
  /** The access point stopped answering (out of range or switched off). */
  const STAT_BEACON_TIMEOUT: WlanStatus;
  /** Failed: the access point refused to associate. */
  const STAT_ASSOC_FAIL: WlanStatus;
  /** Failed: the WPA handshake timed out (often a wrong password). */
  const STAT_HANDSHAKE_TIMEOUT: WlanStatus;
  // The ESP32 has no STAT_CONNECT_FAIL (other ports do): its other failures come back as ESP-IDF reason codes.

  /** No password. */
  const AUTH_OPEN: AuthMode;
  /** WEP (old and insecure). */
  const AUTH_WEP: AuthMode;
  /** WPA with a password. */
  const AUTH_WPA_PSK: AuthMode;
  /** WPA2 with a password (the usual choice). */
  const AUTH_WPA2_PSK: AuthMode;
  /** WPA or WPA2 with a password. */
  const AUTH_WPA_WPA2_PSK: AuthMode;
  /** WPA2-Enterprise (802.1X). */
  const AUTH_WPA2_ENTERPRISE: AuthMode;
  /** WPA3 with a password. */
  const AUTH_WPA3_PSK: AuthMode;
  /** WPA2 or WPA3 with a password. */
  const AUTH_WPA2_WPA3_PSK: AuthMode;
  /** WAPI with a password. */
  const AUTH_WAPI_PSK: AuthMode;
  /** Opportunistic wireless encryption (open but encrypted). */
  const AUTH_OWE: AuthMode;

  /** 802.11b, a bit of the `protocol` mask. */
  const MODE_11B: PhyMode;
  /** 802.11g, a bit of the `protocol` mask. */
  const MODE_11G: PhyMode;
  /** 802.11n, a bit of the `protocol` mask. */
  const MODE_11N: PhyMode;
  /** Espressif's long-range mode (only between ESP32 boards), a bit of the `protocol` mask. */
  const MODE_LR: PhyMode;
}
