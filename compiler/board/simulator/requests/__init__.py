# The simulated board's requests: the API of the HTTP client frozen into the
# ESP32 firmware (micropython-lib's requests 0.10), written for the simulator
# over its socket and ssl modules. One HTTP/1.0 request per connection
# ("Connection: close"); the body is what the server sends until it closes.
import socket


class Response:
    def __init__(self, raw):
        self.raw = raw
        self.encoding = "utf-8"
        self._cached = None

    def close(self):
        if self.raw:
            self.raw.close()
            self.raw = None
        self._cached = None

    @property
    def content(self):
        if self._cached is None:
            try:
                self._cached = self.raw.read()
            finally:
                self.raw.close()
                self.raw = None
        return self._cached

    @property
    def text(self):
        return str(self.content, self.encoding)

    def json(self):
        import json

        return json.loads(self.content)


def _split_url(url):
    # "http://host:port/path" -> (scheme, host, port, path without its "/")
    parts = url.split("/", 3)
    if len(parts) < 3:
        raise ValueError("Unsupported protocol: " + parts[0])
    scheme, host = parts[0], parts[2]
    path = parts[3] if len(parts) > 3 else ""
    if scheme == "http:":
        port = 80
    elif scheme == "https:":
        port = 443
    else:
        raise ValueError("Unsupported protocol: " + scheme)
    if ":" in host:
        host, port = host.split(":", 1)
        port = int(port)
    return scheme, host, port, path


def _header_lines(s, status, parse_headers, found):
    # read header lines to the blank one; returns a redirect's Location
    location = None
    while True:
        line = s.readline()
        if not line or line == b"\r\n":
            return location
        if line.startswith(b"Transfer-Encoding:") and b"chunked" in line:
            raise ValueError("Unsupported " + str(line, "utf-8"))
        if line.startswith(b"Location:") and not 200 <= status <= 299:
            if status not in (301, 302, 303, 307, 308):
                raise NotImplementedError("Redirect %d not yet supported" % status)
            location = str(line[9:], "utf-8").strip()
        if parse_headers is True:
            name, value = str(line, "utf-8").split(":", 1)
            found[name] = value.strip()
        elif parse_headers:
            parse_headers(line, found)


def request(method, url, data=None, json=None, headers=None, stream=None, auth=None, timeout=None, parse_headers=True):
    headers = {} if headers is None else headers.copy()
    scheme, host, port, path = _split_url(url)
    if auth is not None:
        from binascii import b2a_base64

        headers["Authorization"] = "Basic " + str(b2a_base64(("%s:%s" % auth).encode())[:-1], "ascii")
    # the headers in the firmware's order (a dict's order depends on how it was filled)
    if "Host" not in headers:
        headers["Host"] = host
    if json is not None:
        assert data is None
        from json import dumps

        data = dumps(json)
        if "Content-Type" not in headers:
            headers["Content-Type"] = "application/json"
    # a generator of chunks (no length): sent with chunked transfer encoding
    chunks = data and hasattr(data, "__next__") and not hasattr(data, "__len__")
    if data and "Content-Length" not in headers and "Transfer-Encoding" not in headers:
        if chunks:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(len(data))
    if "Connection" not in headers:
        headers["Connection"] = "close"

    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], socket.SOCK_STREAM, ai[2])
    if timeout is not None:
        s.settimeout(timeout)
    found = {} if parse_headers is not False else None
    try:
        s.connect(ai[-1])
        if scheme == "https:":
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.verify_mode = ssl.CERT_NONE
            s = context.wrap_socket(s, server_hostname=host)
        s.write(b"%s /%s HTTP/1.0\r\n" % (method, path))
        for name in headers:
            s.write(name)
            s.write(b": ")
            s.write(headers[name])
            s.write(b"\r\n")
        s.write(b"\r\n")
        if data and chunks and headers.get("Transfer-Encoding") == "chunked":
            for chunk in data:
                s.write(b"%x\r\n" % len(chunk))
                s.write(chunk)
                s.write(b"\r\n")
            s.write(b"0\r\n\r\n")
        elif data and chunks:
            for chunk in data:
                s.write(chunk)
        elif data:
            s.write(data)

        status_line = s.readline().split(None, 2)
        if len(status_line) < 2:
            raise ValueError("HTTP error: BadStatusLine:\n%s" % status_line)
        status = int(status_line[1])
        reason = status_line[2].rstrip() if len(status_line) > 2 else ""
        location = _header_lines(s, status, parse_headers, found)
    except OSError:
        s.close()
        raise

    if location:
        s.close()
        # the next host gets its own Host header
        headers.pop("Host", None)
        if status in (301, 302, 303):
            return request("GET", location, None, None, headers, stream)
        # the body again (already encoded when it came as json=)
        return request(method, location, data, None, headers, stream)
    response = Response(s)
    response.status_code = status
    response.reason = reason
    if found is not None:
        response.headers = found
    return response


def head(url, **kw):
    return request("HEAD", url, **kw)


def get(url, **kw):
    return request("GET", url, **kw)


def post(url, **kw):
    return request("POST", url, **kw)


def put(url, **kw):
    return request("PUT", url, **kw)


def patch(url, **kw):
    return request("PATCH", url, **kw)


def delete(url, **kw):
    return request("DELETE", url, **kw)
