/**
 * A small static file server: `npm start` serves the repository so that
 * http://localhost:8000/ opens examples/ and the examples load the built
 * packages by relative path, exactly as files on a CDN. The end-to-end tests
 * and the benchmark start it on other ports, with extra headers (e.g. CSP).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Content-Type of each served file extension (also used by the benchmark's server). */
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

/**
 * @param {object} [options]
 * @param {string} [options.root] directory to serve (default: the repository)
 * @param {string} [options.index] where `/` redirects (default: /examples/)
 * @param {(path: string) => Record<string, string>} [options.headers] extra response headers per path
 * @param {(req: import('node:http').IncomingMessage) => void} [options.onRequest] observer, for tests
 */
export function createStaticServer(options = {}) {
  const root = resolve(options.root ?? REPO_ROOT);
  const index = options.index ?? '/examples/';
  return createServer((req, res) => {
    options.onRequest?.(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/') {
      res.writeHead(302, { location: index }).end();
      return;
    }
    let file = normalize(join(root, path));
    // Nothing outside the root, and no dot-files or dot-folders (.git, .env, .tmp).
    if ((file !== root && !file.startsWith(root + sep)) || /(^|[\\/])\.[^\\/]/.test(path)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
      // Like a public CDN: pages on other origins may load the embed files (module scripts need CORS).
      'access-control-allow-origin': '*',
      ...(options.headers?.(path) ?? {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? '127.0.0.1';
  createStaticServer().listen(port, host, () => {
    console.log(`Factbox examples: http://localhost:${port}/  (Ctrl+C to stop)`);
  });
}
