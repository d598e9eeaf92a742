// Polls an https URL (self-signed certificates accepted) until it answers 200.
import { get } from "node:https";

function answersOk(url) {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

/** Resolves true once url answers 200, false after timeoutMs or when stillWaiting() turns false. */
export async function waitForHttps(url, { timeoutMs = 180_000, stillWaiting = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && stillWaiting()) {
    if (await answersOk(url)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
