# Building HTTP responses: headers and an HTML table of pin states.
def response(pins):
    rows = ""
    for i in range(len(pins)):
        rows += "<tr><td>" + str(i) + "</td><td>" + str(pins[i]) + "</td></tr>\n"
    body = "<html><body><table>\n" + rows + "</table></body></html>\n"
    return "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(len(body)) + "\r\n\r\n" + body


def main():
    pins = []
    for i in range(40):
        pins.append(i % 2)
    total = 0
    for n in range(300):
        total += len(response(pins))
    print(total)


main()
