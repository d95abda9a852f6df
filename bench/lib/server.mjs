/**
 * The bench's static server: serves bench/dist/site/ on 127.0.0.1 with gzip
 * (node:zlib, level 9, as a CDN would serve these files), and logs each
 * response's encoded body size, so that "JS bytes gz" is what went over the
 * wire. scripts/serve.mjs does not compress, hence this small one.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../../scripts/serve.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);
export const GZIP_LEVEL = 9;

/**
 * @param {{ root: string }} options
 * @returns {Promise<{ origin: string, take(): Array<{ path: string, type: string, bytes: number, status: number }>, close(): Promise<void> }>}
 */
export async function startServer({ root }) {
  const base = resolve(root);
  /** Compressed files by path, kept while the file is unchanged. */
  const cache = new Map();
  let log = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, headers, body) => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      log.push({ path: url.pathname, type: headers['content-type'] ?? '', status, bytes: req.method === 'HEAD' ? 0 : body.length });
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, {}, Buffer.alloc(0));
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(400, {}, Buffer.from('Bad request'));
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) return send(403, {}, Buffer.from('Forbidden'));
    let stat;
    try {
      stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
    } catch {
      return send(404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from(`Not found: ${path}`));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const key = `${file}:${stat.mtimeMs}:${stat.size}:${gzip}`;
    let body = cache.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = gzip ? gzipSync(raw, { level: GZIP_LEVEL }) : raw;
      cache.set(key, body);
    }
    send(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) }, body);
  });
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
    close: () => new Promise((resolveClose) => {
      server.closeAllConnections();
      server.close(() => resolveClose());
    }),
  };
}
