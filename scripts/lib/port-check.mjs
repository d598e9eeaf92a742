// Tells whether a TCP port can be listened on (i.e. nothing else is using it).
import { createServer } from "node:net";

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port);
  });
}
