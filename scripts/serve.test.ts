/**
 * The static server: what other origins may read (CORS only for the built
 * packages and the published data, like a CDN's copy of them), and the gzip
 * and response log the benchmark relies on.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createStaticServer, type SentResponse } from './serve.mjs';

describe('the static server', () => {
  const sent: SentResponse[] = [];
  const server = createStaticServer({ gzip: true, onResponse: (response: SentResponse) => sent.push(response) });
  let origin = '';

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('lets other origins read the built packages and the published data, and nothing else', async () => {
    const shared = [
      '/packages/embed/dist/embed.js',
      '/packages/widgets/dist/catalogue.js',
      '/packages/datasets/data/trade-share.csv',
      '/packages/datasets/datapackage.json',
    ];
    const own = [
      '/examples/index.html',
      '/README.md',
      '/packages/embed/src/embed.ts',
      '/packages/embed/package.json',
      '/packages/embed/release.json',
      '/scripts/serve.mjs',
    ];
    for (const path of [...shared, ...own]) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('access-control-allow-origin'), shared.includes(path) ? '*' : null, path);
      await response.arrayBuffer();
    }
  });

  it('sends text gzipped to clients that accept it, and logs the bytes it sent', async () => {
    sent.length = 0;
    // Node's fetch would decompress on its own; read the raw body over HTTP instead.
    const { request } = await import('node:http');
    const body = await new Promise<Buffer>((resolve, reject) => {
      request(`${origin}/packages/embed/dist/embed.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        assert.equal(response.headers['content-encoding'], 'gzip');
        const chunks: Buffer[] = [];
        response
          .on('data', (chunk: Buffer) => chunks.push(chunk))
          .on('end', () => resolve(Buffer.concat(chunks)))
          .on('error', reject);
      })
        .on('error', reject)
        .end();
    });
    assert.match(gunzipSync(body).toString('utf8'), /factbox/);
    assert.deepEqual(sent, [
      { path: '/packages/embed/dist/embed.js', type: 'text/javascript; charset=utf-8', status: 200, bytes: body.length },
    ]);
  });

  it('serves nothing outside its root, and no dot-files', async () => {
    for (const path of ['/.git/config', '/..%2f..%2fetc/passwd', '/.tmp/test-summary.txt']) {
      const response = await fetch(`${origin}${path}`);
      assert.ok([403, 404].includes(response.status), `${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  });
});
