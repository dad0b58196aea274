# -*- coding: UTF-8 -*-
# PC TCP Client

import socket               								# 导入 socket 模块

s = socket.socket()         								# 创建 socket 对象
host = '127.0.0.1'      # esp32 ip
port = 10000                								# 设置端口号

s.connect((host, port))

if __name__ == '__main__':
    while True:
        msg = input('>>> ').encode()
        s.send(msg)
