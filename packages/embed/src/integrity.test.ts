/**
 * Subresource Integrity of the built embed files: integrity.json, and the
 * frame pages that check their scripts with it. Reads dist/ after the build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const EMBED = fileURLToPath(new URL('..', import.meta.url));

describe('Subresource Integrity', () => {
  it('integrity.json holds the SHA-384 of each entry file, and both frame pages check frame.js and embed.js with it', () => {
    const integrity = JSON.parse(readFileSync(join(EMBED, 'dist', 'integrity.json'), 'utf8')) as Record<string, string>;
    for (const file of ['embed.js', 'resize.js', 'frame.js']) {
      const digest = spawnSync('openssl', ['dgst', '-sha384', '-binary', join(EMBED, 'dist', file)]).stdout;
      assert.equal(integrity[file], `sha384-${Buffer.from(digest).toString('base64')}`, file);
    }
    for (const page of ['frame.html', 'frame-locked.html']) {
      const html = readFileSync(join(EMBED, 'dist', page), 'utf8');
      for (const file of ['frame.js', 'embed.js'])
        assert.ok(html.includes(`src="${file}" integrity="${integrity[file]}"`), `${page}: ${file}`);
    }
  });
});
