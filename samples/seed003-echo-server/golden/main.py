import socket
import network


def main():
    port = 10000
    listenSocket = None
    try:
        station = network.WLAN(network.STA_IF)
        station.active(True)
        station.scan()
        station.connect("SSID", "password")
        station.isconnected()
        ip = station.ifconfig()[0]
        listenSocket = socket.socket()
        listenSocket.bind((ip, port))
        listenSocket.listen(1)
        listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        print("tcp waiting...")
        while True:
            print("accepting.....")
            conn, addr = listenSocket.accept()
            print(addr, "connected")
            while True:
                data = conn.recv(1024)
                if len(data) == 0:
                    print("close socket")
                    conn.close()
                    break
                print(data)
                conn.send(data)
    except Exception:
        pass
    finally:
        if listenSocket is not None:
            listenSocket.close()


main()
