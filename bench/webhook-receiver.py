#!/usr/bin/env python3
"""The benchmark's webhook receiver: answers every POST 204 at once and writes a line per event it is given: the
seconds from the change (the CloudEvent's time, when the service committed it) to its arrival here, the path it was
POSTed to (one per subscription) and the event's id.

    webhook-receiver.py <latencies file> <port file>

It listens on 127.0.0.1 on a free port, which it writes to the port file once it is listening."""
import json
import sys
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

latencies = open(sys.argv[1], "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        arrived = time.time()
        try:
            event = json.loads(body)
            changed = datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp()
            latencies.write(f"{arrived - changed:.4f} {self.path} {event['id']}\n")
        except (ValueError, KeyError) as e:
            latencies.write(f"unreadable {self.path} {e}\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
with open(sys.argv[2], "w") as port:
    port.write(str(server.server_address[1]))
server.serve_forever()
