// umqtt.simple and umqtt.robust: the MQTT 3.1.1 client frozen into MicroPython's
// default ESP32 firmware (micropython-lib). A program imports the dotted module
// name: `import { MQTTClient } from "umqtt.simple"` compiles to
// `from umqtt.simple import MQTTClient`.
//
// Topics and payloads go out as given (str is sent as UTF-8) and come back as
// bytes: a subscription callback gets `(topic: bytes, msg: bytes)`, so compare
// with a bytes literal (`msg == b\`on\``) or decode first. Only QoS 0 and 1 are
// supported; nothing happens in the background: received messages are handled
// only inside wait_msg() and check_msg() (and while publish/subscribe wait for
// their acknowledgement).

declare module "umqtt.simple" {
  import type { SSLContext, CertRequirement } from "ssl";

  /** A topic name or filter (`"sensors/+/temp"`): str (sent as UTF-8) or bytes. */
  type Topic = string | BytesLike;
  /** A message body: str (sent as UTF-8) or bytes. */
  type Payload = string | BytesLike;
  /** The quality of service of a publish or subscription: 0 (at most once) or 1 (at least once, acknowledged). */
  type QoS = 0 | 1;

  /** Settings for the old `ssl: true` form, passed to `ssl.wrap_socket` as keywords. */
  interface SslParams {
    /** The broker's name for SNI and certificate checks. */
    server_hostname?: string;
    /** Our private key for mutual TLS: a file path, or PEM/DER data. */
    key?: string | BytesLike;
    /** Our certificate for mutual TLS: a file path, or PEM/DER data. */
    cert?: string | BytesLike;
    /** CERT_REQUIRED to check the broker's certificate against `cadata`. */
    cert_reqs?: CertRequirement;
    /** The CA certificates (PEM or DER data) that verify the broker. */
    cadata?: string | BytesLike;
  }

  /** The optional arguments of `MQTTClient(client_id, server, ...)`. */
  interface ClientOptions {
    /** The broker's TCP port; 0 (the default) means 1883, or 8883 with TLS. */
    port?: number;
    /** User name sent with CONNECT; give `password` with it. */
    user?: string | null;
    /** Password sent with CONNECT (only together with `user`). */
    password?: string | null;
    /**
     * Seconds the broker waits without hearing from us before it drops the connection
     * and sends our last will (0, the default: no limit). The client does not ping by
     * itself: call ping() (or publish) more often than this.
     */
    keepalive?: number;
    /** TLS: an `SSLContext` (wrapped with the server's name for SNI), or `true` for the old `ssl.wrap_socket(**ssl_params)` form. */
    ssl?: SSLContext | boolean | null;
    /** Keywords for `ssl.wrap_socket` when `ssl` is `true`. */
    ssl_params?: SslParams;
  }

  /** An MQTT client: one connection to one broker, used for both publishing and subscribing. */
  interface MQTTClient {
    /** The client id given to the constructor; the broker knows the session by it. */
    readonly client_id: string | BytesLike;
    /** The broker's host name or IP address. */
    readonly server: string;
    /** The broker's port (1883, 8883 with TLS, or the one given). */
    readonly port: number;
    /** The keepalive interval in seconds sent with CONNECT (0: none). */
    keepalive: number;
    /**
     * Open the connection and log in (CONNECT, then wait for CONNACK). With
     * `clean_session` false the broker keeps our subscriptions and queued QoS 1
     * messages between connections. `timeout` (seconds) bounds the socket's waits.
     * Returns 1 when the broker resumed a stored session, else 0. Raises
     * MQTTException with the broker's return code when it refuses us (4: bad user
     * name or password, 5: not authorised), OSError when the network fails.
     */
    connect(clean_session?: boolean, timeout?: number | null): number;
    /** Say goodbye (DISCONNECT: the broker then drops our last will) and close the socket. */
    disconnect(): void;
    /** Send PINGREQ to keep the connection alive; the answer is taken by the next wait_msg()/check_msg(). */
    ping(): void;
    /**
     * Send `msg` to everyone subscribed to `topic`. `retain`: the broker keeps the
     * message and gives it to later subscribers. `qos` 1 waits until the broker
     * acknowledges (PUBACK); messages that arrive meanwhile go to the callback.
     */
    publish(topic: Topic, msg: Payload, retain?: boolean, qos?: QoS): void;
    /**
     * Ask for the messages on `topic` (wildcards `+` and `#` allowed) and wait for
     * the broker's SUBACK. Call set_callback() first (an AssertionError otherwise).
     * MQTTException(0x80) when the broker refuses the subscription.
     */
    subscribe(topic: Topic, qos?: QoS): void;
    /** Stop receiving messages on `topic` and wait for the broker's UNSUBACK. */
    unsubscribe(topic: Topic): void;
    /** The function each received message is given to, as `(topic, msg)`, both bytes. */
    set_callback(f: (topic: bytes, msg: bytes) => void): void;
    /**
     * The message the broker publishes for us when we vanish without disconnect()
     * (a lost network, no ping within keepalive). Call it before connect(); `qos` may be 0, 1 or 2.
     */
    set_last_will(topic: Topic, msg: Payload, retain?: boolean, qos?: 0 | 1 | 2): void;
    /**
     * Wait for one packet from the broker and handle it: a message goes to the callback
     * (and is acknowledged when QoS 1). Returns the packet's first byte (0x30-0x3f for a
     * message), or null for a ping answer. OSError(-1) when the broker closed the connection.
     */
    wait_msg(): number | null;
    /** As wait_msg(), but returns null at once when nothing has arrived: call it in a loop that does other work. */
    check_msg(): number | null;
    readonly __pythonType: "MQTTClient";
  }

  /** How MQTTClient is created: `MQTTClient(id, server, ...)` or `new MQTTClient(id, server, ...)`. */
  interface MQTTClientConstructor {
    /** A client that will connect to `server` as `client_id` (call connect() next); the options as keywords. */
    new (client_id: string | BytesLike, server: string, options?: Kw<ClientOptions>): MQTTClient;
    /** A client for `server`'s `port` (0: the default port); the other options as keywords. */
    new (client_id: string | BytesLike, server: string, port: number, options?: Kw<Omit<ClientOptions, "port">>): MQTTClient;
    /** A client that will connect to `server` as `client_id` (call connect() next); the options as keywords. */
    (client_id: string | BytesLike, server: string, options?: Kw<ClientOptions>): MQTTClient;
    /** A client for `server`'s `port` (0: the default port); the other options as keywords. */
    (client_id: string | BytesLike, server: string, port: number, options?: Kw<Omit<ClientOptions, "port">>): MQTTClient;
  }
  /** Create a client: `new MQTTClient("sensor-1", "broker.local", { keepalive: 60 })`. */
  const MQTTClient: MQTTClientConstructor;

  /** The broker refused something: `args[0]` is its return code (CONNACK) or 0x80 (SUBACK). */
  class MQTTException extends Error {
    /** The constructor's arguments: `args[0]` is the broker's return code. */
    readonly args: readonly unknown[];
  }
}

declare module "umqtt.robust" {
  import type { MQTTClient as SimpleClient, ClientOptions } from "umqtt.simple";

  /**
   * umqtt.simple's client that survives network errors: publish(), wait_msg() and
   * check_msg() catch OSError, reconnect (connect(false), retrying every DELAY
   * seconds until it works) and try again. After a reconnect the broker still has
   * the subscriptions only if the session was persistent (connect(false) at first).
   */
  interface MQTTClient extends SimpleClient {
    /** Seconds delay() waits between reconnection attempts (2 by default; set it on the class or the client). */
    DELAY: number;
    /** true: log() prints each network error (false by default). */
    DEBUG: boolean;
    /** Wait before reconnection attempt `i` (1, 2, ...): sleeps DELAY seconds; override it for a backoff. */
    delay(i: number): void;
    /** Report a network error `e` (`in_reconnect`: it happened while reconnecting); prints it when DEBUG is true. */
    log(in_reconnect: boolean, e: OSError): void;
    /** Connect again with clean_session false, retrying until it works; returns connect()'s result. */
    reconnect(): number;
    /** As wait_msg(), but never raises when the connection breaks: it reconnects and waits again. */
    wait_msg(): number | null;
    /** As check_msg(), reconnecting after a network error, at most `attempts` times (2); null when nothing arrived. */
    check_msg(attempts?: number): number | null;
  }

  /** How the robust MQTTClient is created; DELAY and DEBUG set here apply to every client. */
  interface MQTTClientConstructor {
    /** A client that will connect to `server` as `client_id` and reconnect by itself after network errors. */
    new (client_id: string | BytesLike, server: string, options?: Kw<ClientOptions>): MQTTClient;
    /** A reconnecting client for `server`'s `port` (0: the default port); the other options as keywords. */
    new (client_id: string | BytesLike, server: string, port: number, options?: Kw<Omit<ClientOptions, "port">>): MQTTClient;
    /** A client that will connect to `server` as `client_id` and reconnect by itself after network errors. */
    (client_id: string | BytesLike, server: string, options?: Kw<ClientOptions>): MQTTClient;
    /** A reconnecting client for `server`'s `port` (0: the default port); the other options as keywords. */
    (client_id: string | BytesLike, server: string, port: number, options?: Kw<Omit<ClientOptions, "port">>): MQTTClient;
    /** Seconds between reconnection attempts for every client (2 by default). */
    DELAY: number;
    /** true: every client prints its network errors (false by default). */
    DEBUG: boolean;
  }
  /** Create a reconnecting client: `new MQTTClient("sensor-1", "broker.local")`. */
  const MQTTClient: MQTTClientConstructor;
}
