/**
 * Test-only endpoints for the browser tests, under /__factbox__/: responses a
 * widget's `src` must survive (slow, huge, broken, cross-origin).
 *
 * - /__factbox__/respond?status=404&type=application/json&body=…&reason=…  any status, type, body and reason phrase
 * - /__factbox__/slow?ms=12000&key=k  the first request for `key` waits `ms`, later ones answer at once
 * - /__factbox__/huge?declared=1  10 MB of JSON, with or without a Content-Length
 * - /__factbox__/cors?allow=1  the published trade-share rows, with or without Access-Control-Allow-Origin
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROWS = () => readFileSync(fileURLToPath(new URL('../../packages/datasets/data/trade-share.json', import.meta.url)), 'utf8');
const seen = new Set();

export function fixtureMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__factbox__/')) return next();
    const query = ctx.query;
    ctx.set('cache-control', 'no-store');
    switch (ctx.path) {
      case '/__factbox__/respond':
        ctx.status = Number(query.status ?? 200);
        if (query.reason) ctx.message = String(query.reason);
        ctx.type = String(query.type ?? 'application/json');
        ctx.body = String(query.body ?? '');
        return;
      case '/__factbox__/slow': {
        const key = String(query.key ?? '');
        if (!seen.has(key)) {
          seen.add(key);
          await new Promise((resolve) => setTimeout(resolve, Number(query.ms ?? 12000)));
        }
        ctx.type = 'application/json';
        ctx.body = ROWS();
        return;
      }
      case '/__factbox__/huge': {
        const row = JSON.stringify({ id: 'x'.repeat(1000) });
        const count = Math.ceil((10 * 1024 * 1024) / (row.length + 1));
        const body = `[${Array.from({ length: count }, () => row).join(',')}]`;
        ctx.type = 'application/json';
        if (query.declared) ctx.body = body;
        else {
          // Streamed, so the size is only known while reading.
          const { Readable } = await import('node:stream');
          ctx.body = Readable.from(
            (function* chunks() {
              for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
            })(),
          );
        }
        return;
      }
      case '/__factbox__/cors':
        if (query.allow) ctx.set('access-control-allow-origin', '*');
        ctx.type = 'application/json';
        ctx.body = ROWS();
        return;
      default:
        ctx.status = 404;
    }
  };
}
