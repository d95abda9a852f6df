/**
 * A small static file server: `npm start` serves the repository so that
 * http://localhost:8000/ opens examples/ and the examples load the built
 * packages by relative path, exactly as files on a CDN. The end-to-end tests
 * start it on other ports, with extra headers (e.g. CSP); the benchmark
 * (bench/lib/server.mjs) with gzip and a log of what it sent.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Content-Type of each served file extension. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.php': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg']);
/** As a CDN would compress these files. */
export const GZIP_LEVEL = 9;

/**
 * What pages on other origins may read (CORS), as from a public CDN's copy of
 * the packages: the built files (module scripts need CORS) and the published
 * data. Not the examples, sources or anything else in the repository.
 */
export function isShared(path) {
  return /^\/packages\/[^/]+\/dist\//.test(path) || /^\/packages\/datasets\/(data\/|datapackage\.json$)/.test(path);
}

/**
 * @typedef {{ path: string, type: string, status: number, bytes: number }} SentResponse
 *   `bytes`: the body as sent (gzip-encoded when it was)
 *
 * @param {object} [options]
 * @param {string} [options.root] directory to serve (default: the repository)
 * @param {string} [options.index] where `/` redirects (default: /examples/)
 * @param {(path: string) => Record<string, string>} [options.headers] extra response headers per path
 * @param {boolean} [options.gzip] compress text files for clients that accept gzip (default: false)
 * @param {string} [options.cacheControl] (default: no-cache)
 * @param {(response: SentResponse) => void} [options.onResponse] observer of every response, for measurements
 */
export function createStaticServer(options = {}) {
  const root = resolve(options.root ?? REPO_ROOT);
  const index = options.index ?? '/examples/';
  /** Compressed files, kept while the file is unchanged. */
  const compressed = new Map();

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    /** `body`: a Buffer, or a file to stream ({ file, length }). */
    const send = (status, headers, body) => {
      const head = req.method === 'HEAD';
      res.writeHead(status, headers);
      if (head) res.end();
      else if (Buffer.isBuffer(body)) res.end(body);
      else createReadStream(body.file).pipe(res);
      options.onResponse?.({ path: url.pathname, type: headers['content-type'] ?? '', status, bytes: head ? 0 : body.length });
    };
    const fail = (status, text, headers = {}) =>
      send(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }, Buffer.from(text));

    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      fail(400, 'Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      fail(405, '', { allow: 'GET, HEAD' });
      return;
    }
    if (path === '/') {
      fail(302, '', { location: index });
      return;
    }
    let file = normalize(join(root, path));
    // Nothing outside the root, and no dot-files or dot-folders (.git, .env, .tmp).
    if ((file !== root && !file.startsWith(root + sep)) || /(^|[\\/])\.[^\\/]/.test(path)) {
      fail(403, 'Forbidden');
      return;
    }
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!path.endsWith('/')) {
          fail(301, '', { location: `${path}/${url.search}` });
          return;
        }
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      fail(404, `Not found: ${path}`);
      return;
    }
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': options.cacheControl ?? 'no-cache',
      ...(isShared(path) ? { 'access-control-allow-origin': '*' } : {}),
      ...(options.headers?.(path) ?? {}),
    };
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${stat.mtimeMs}:${stat.size}`;
      const body = compressed.get(key) ?? gzipSync(readFileSync(file), { level: GZIP_LEVEL });
      compressed.set(key, body);
      send(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': body.length }, body);
      return;
    }
    send(200, { ...headers, 'content-length': stat.size }, { file, length: stat.size });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  createStaticServer().listen(port, host, () => {
    console.log(`Factbox examples: http://localhost:${port}/  (Ctrl+C to stop)`);
  });
}
