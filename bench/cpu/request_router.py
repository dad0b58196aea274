# A web server's request handling: parse the request line and query string into a dict,
# route by path, and answer with a status line.
def parse_request_line(line):
    parts = line.split(" ")
    if len(parts) != 3:
        return None
    method, target, _ = parts
    query = {}
    path = target
    q = target.find("?")
    if q >= 0:
        path = target[:q]
        for pair in target[q + 1 :].split("&"):
            eq = pair.find("=")
            if eq < 0:
                query[pair] = ""
            else:
                query[pair[:eq]] = pair[eq + 1 :]
    return method, path, query


pin_levels = {}


def handle(method, path, query):
    if path == "/":
        return "200 OK"
    if path == "/led" and method == "GET":
        pin = int(query.get("pin", "2"))
        state = query.get("state")
        if state == "on":
            pin_levels[pin] = 1
        elif state == "off":
            pin_levels[pin] = 0
        else:
            return "400 Bad Request"
        return "200 OK"
    if path == "/status":
        return "200 OK"
    return "404 Not Found"


def main():
    lines = [
        "GET / HTTP/1.1",
        "GET /led?pin=2&state=on HTTP/1.1",
        "GET /led?state=off&pin=4 HTTP/1.1",
        "GET /led?pin=5&state=blink HTTP/1.1",
        "POST /status HTTP/1.1",
        "GET /favicon.ico HTTP/1.1",
        "BROKEN",
        "GET /led?pin=13&state=on&debug HTTP/1.1",
    ]

    status_counts = {}
    for n in range(300):
        for line in lines:
            req = parse_request_line(line)
            status = handle(*req) if req else "400 Bad Request"
            status_counts[status] = status_counts.get(status, 0) + 1
    for k in sorted(status_counts):
        print("%s: %d" % (k, status_counts[k]))
    print("pins set: %d, pin 13 = %d" % (len(pin_levels), pin_levels[13]))


main()
