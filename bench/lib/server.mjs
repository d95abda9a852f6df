/**
 * The bench's static server: scripts/serve.mjs over bench/dist/site/ on
 * 127.0.0.1, with gzip (level 9, as a CDN would serve these files) and no
 * caching, logging each response's encoded body size, so that "JS bytes gz" is
 * what went over the wire.
 */
import { createStaticServer } from '../../scripts/serve.mjs';

export { GZIP_LEVEL } from '../../scripts/serve.mjs';

/**
 * @param {{ root: string }} options
 * @returns {Promise<{ origin: string, take(): import('../../scripts/serve.mjs').SentResponse[], close(): Promise<void> }>}
 */
export async function startServer({ root }) {
  let log = [];
  const server = createStaticServer({ root, gzip: true, cacheControl: 'no-store', onResponse: (response) => log.push(response) });
  server.keepAliveTimeout = 5000;
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The responses since the last call. */
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
