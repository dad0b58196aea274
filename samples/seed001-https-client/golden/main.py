import socket
import ssl


def http_get(url):
    _t = url.split("/")
    host = _t[2]
    rest = _t[3:]
    path = "/".join(rest)
    real_host = host.split(":")[0]
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    request = bytes("GET /%s HTTP/1.1\r\nHost: %s\r\n\r\n" % (path, host), "utf8")
    s.connect(socket.getaddrinfo(real_host, 443)[0][4])
    tls = ssl.wrap_socket(s, server_hostname=real_host)
    tls.write(request)
    content = tls.read(5000).decode()
    print(content)
    while content != "":
        content = tls.read(5000).decode()
        print(content)
    tls.close()


http_get("https://www.engineersgarage.com/")
