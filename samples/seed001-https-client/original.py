def http_get(url):
    import socket
    import ssl
    _, _, host, path = url.split('/', 3)
    real_host = host.replace("https://", "").replace("http://", "").split("/")[0].split(":")[0]
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    request = bytes('GET /%s HTTP/1.1\r\nHost: %s\r\n\r\n' % (path, host), 'utf8')
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)

    s = context.wrap_socket(s, server_hostname = real_host)
    s.connect((real_host, 443))
    s.sendall(request)
    contest = s.recv(5000).decode()
    print (contest)
    while contest != b'':
        contest = s.recv(5000).decode()
        print (contest)
    s.close()

http_get('https://www.engineersgarage.com/')
