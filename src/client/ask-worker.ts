// One question to the active service worker over a message channel, as the Ready offline line
// and the offline page ask theirs.

/** The active worker's answer to `message`; undefined when there is none or it does not answer in time. */
export async function askWorker<T>(message: Record<string, unknown>, timeoutMs = 2000): Promise<T | undefined> {
  const active = (await navigator.serviceWorker.ready).active;
  if (!active) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    active.postMessage(message, [channel.port2]);
  });
}
