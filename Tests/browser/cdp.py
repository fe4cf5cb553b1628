"""A tiny Chrome DevTools Protocol client over the standard library (no websocket package needed).

Usage: python3 cdp.py PORT COMMAND... where COMMAND is one of
  mark                 sets window.__crosscheckMark on the open page (gone after a reload)
  wait-reload TEXT S   waits up to S seconds until the mark is gone and the page contains TEXT
  eval EXPR            prints the value of a JavaScript expression
"""
import base64, json, os, socket, struct, sys, time, urllib.request
from urllib.parse import urlparse


class DevTools:
    def __init__(self, port):
        pages = []
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json") as response:
                    pages = [p for p in json.load(response) if p.get("type") == "page"]
                if pages:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        if not pages:
            sys.exit("no page in headless Chromium")
        url = urlparse(pages[0]["webSocketDebuggerUrl"])
        self.sock = socket.create_connection((url.hostname, url.port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {url.path} HTTP/1.1\r\nHost: {url.netloc}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            sys.exit("DevTools refused the websocket: " + head.decode(errors="replace"))
        self.next_id = 0

    def _read(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send(self, text):
        payload = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            message += self._read(length)
            if first & 0x80:
                return json.loads(message)

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = self._receive()
            if reply.get("id") == self.next_id:
                return reply

    def evaluate(self, expression):
        reply = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return reply.get("result", {}).get("result", {}).get("value")


def main():
    port, command = sys.argv[1], sys.argv[2]
    tools = DevTools(port)
    if command == "mark":
        deadline = time.time() + 10
        loaded = "location.protocol.startsWith('http') && document.readyState === 'complete'"
        while not tools.evaluate(loaded):
            if time.time() > deadline:
                sys.exit("the page did not load")
            time.sleep(0.1)
        print(tools.evaluate("window.__crosscheckMark = 'before reload'; document.title"))
    elif command == "wait-reload":
        text, seconds = sys.argv[3], float(sys.argv[4])
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                state = tools.evaluate("JSON.stringify([typeof window.__crosscheckMark, document.documentElement.outerHTML])")
            except (ConnectionError, OSError):
                tools = DevTools(port)
                continue
            if state:
                mark, html = json.loads(state)
                if mark == "undefined" and text in html:
                    print("reloaded: the page lost its mark and shows", repr(text))
                    return
            time.sleep(0.2)
        sys.exit(f"no reload within {seconds} s (mark still set or {text!r} missing)")
    elif command == "eval":
        print(tools.evaluate(sys.argv[3]))


if __name__ == "__main__":
    main()
