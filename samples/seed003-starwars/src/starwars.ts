// The Star Wars client as a module (seed 003, "编制程序": write it as a module and call it from
// main). towel.blinkenlights.nl streams the Asciimation over telnet (port 23) to anyone who
// connects; the board prints what arrives, as it arrives.
import * as socket from "socket";
import * as sys from "sys";

/** Connect to the Asciimation server and print its stream until Ctrl-C (it never returns). */
export function starWars(): void {
  const addrInfo = socket.getaddrinfo("towel.blinkenlights.nl", 23);
  // the seed's addr_info[0][-1]: the last of the five fields, the (ip, port) to connect to
  const addr = addrInfo[0][4];
  const s = socket.socket();
  s.connect(addr);
  while (true) {
    const data = s.recv(500);
    // the seed's print(str(data, 'utf8'), end=''): the frames carry their own line breaks
    sys.stdout.write(data.decode("utf8"));
  }
}
