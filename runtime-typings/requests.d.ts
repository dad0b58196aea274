// requests (and its old name urequests): the small HTTP client frozen into
// MicroPython's default ESP32 firmware (micropython-lib's requests). One request
// per connection, HTTP/1.0 with "Connection: close": the response body is what
// the server sends until it closes. https:// works, without checking the
// server's certificate (the firmware uses CERT_NONE). Chunked responses raise
// ValueError; redirects (301, 302, 303, 307, 308) are followed.
//
// Read the body once: `content`, `text` and `json()` all read it the first time
// and close the connection. Close a response whose body you do not read, or the
// socket stays open (an ESP32 has about ten).

declare module "requests" {
  import type { socket } from "socket";
  import type { SSLSocket } from "ssl";

  /** The answer to a request: the status and headers are read; the body waits until asked for. */
  export interface Response {
    /** The HTTP status code, such as 200 or 404. */
    status_code: number;
    /** The status line's text after the code, such as b"OK" (bytes; "" when the server sent none). */
    reason: bytes | string;
    /**
     * The response headers, named as the server spelled them (`r.headers["Content-Type"]`,
     * undefined when the server sent no such header). Missing when the request gave
     * `parse_headers: false` or a function.
     */
    headers: Record<string, string | undefined>;
    /** The connection the body is read from (null once it is read or closed), for reading a big body piece by piece. */
    raw: socket | SSLSocket | null;
    /** How `text` decodes the body ("utf-8"); set it before reading `text` for another encoding. */
    encoding: string;
    /** The whole body as bytes (read on first use, then kept; the connection is closed). */
    readonly content: bytes;
    /** The whole body decoded as text with `encoding`. */
    readonly text: string;
    /**
     * The body parsed as JSON: objects become dicts (read fields as `data.name` with
     * an interface type: `const todo: Todo = r.json()`). Their key order is not kept;
     * use `JSON.parse(r.text)` when the program looks at the order. ValueError on bad JSON.
     */
    json<T = any>(): T;
    /** Close the connection without reading the body (and forget a body read before). */
    close(): void;
    readonly __pythonType: "Response";
  }

  /** The keyword arguments of every request function. */
  export interface RequestOptions {
    /** The body: text or bytes (sent with a Content-Length header). */
    data?: string | BytesLike | null;
    /** A value sent as the JSON body (with Content-Type: application/json unless `headers` has one); not with `data`. */
    json?: unknown;
    /** Extra request headers; Host, Connection and Content-Length are added unless given here. */
    headers?: Record<string, string | BytesLike> | null;
    /** Accepted for compatibility and ignored: the body is always read when asked for. */
    stream?: boolean | null;
    /** User name and password for HTTP basic authentication (an Authorization header). */
    auth?: readonly [user: string, password: string] | null;
    /** Seconds to wait on the connection before OSError (ETIMEDOUT); null (the default) waits forever. */
    timeout?: number | null;
    /**
     * true (the default): collect `headers`; false: skip them (saves memory); a function:
     * called with each raw header line and the headers object, to keep only what it wants.
     */
    parse_headers?: boolean | ((line: bytes, headers: Record<string, string>) => void);
  }

  /** Send an HTTP request with any `method` ("GET", "POST", ...) to `url` ("http://host[:port]/path" or https://). */
  export function request(method: string, url: string, options?: Kw<RequestOptions>): Response;
  /** GET `url`: `requests.get("http://example.com/data.json").json()`. */
  export function get(url: string, options?: Kw<RequestOptions>): Response;
  /** POST to `url`, usually with `data` or `json`. */
  export function post(url: string, options?: Kw<RequestOptions>): Response;
  /** PUT to `url`, usually with `data` or `json`. */
  export function put(url: string, options?: Kw<RequestOptions>): Response;
  /** PATCH `url`, usually with `data` or `json`. */
  export function patch(url: string, options?: Kw<RequestOptions>): Response;
  /** DELETE `url`. */
  function delete_(url: string, options?: Kw<RequestOptions>): Response;
  /** HEAD `url`: the status and headers only (the body is empty). */
  export function head(url: string, options?: Kw<RequestOptions>): Response;
  export { delete_ as delete };
}

declare module "urequests" {
  export * from "requests";
}
