import socket
from mpython import wifi, oled, print as print_


def main():
    port = 5001
    listenSocket = None
    mywifi = wifi()
    try:
        mywifi.connectWiFi("ssid", "password")
        ip = mywifi.sta.ifconfig()[0]
        listenSocket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listenSocket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listenSocket.bind((ip, port))
        listenSocket.listen(3)
        print_("tcp waiting...")
        oled.DispChar("%s:%d" % (ip, port), 0, 0)
        oled.DispChar("accepting.....", 0, 16)
        oled.show()
        while True:
            print_("accepting.....")
            conn, addr = listenSocket.accept()
            print_(addr, "connected")
            while True:
                data = conn.recv(1024)
                if len(data) == 0:
                    print_("close socket")
                    conn.close()
                    break
                data_utf = data.decode()
                print_(data_utf)
                oled.DispChar(data_utf, 0, 48)
                oled.show()
                oled.fill_rect(0, 48, 128, 16, 0)
                conn.send(data)
    except Exception:
        pass
    finally:
        if listenSocket is not None:
            listenSocket.close()
        mywifi.disconnectWiFi()


main()
