# Parsing request lines and headers, as a board's HTTP server does.
request = "GET /led?state=on&pin=2 HTTP/1.1\r\nHost: esp32.local\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\n\r\n"


def parse(text):
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    path = parts[1]
    q = path.find("?")
    params = 0
    if q >= 0:
        for pair in path[q + 1:].split("&"):
            eq = pair.find("=")
            if eq > 0 and pair[:eq] == "pin":
                params += 1
            params += 1
    headers = 0
    for i in range(1, len(lines)):
        line = lines[i]
        if line == "":
            break
        colon = line.find(":")
        if colon > 0 and line[:colon].lower() == "host":
            headers += 10
        headers += 1
    return params + headers


def main():
    total = 0
    for n in range(2000):
        total += parse(request)
    print(total)


main()
