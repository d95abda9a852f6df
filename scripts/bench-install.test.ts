/**
 * `npm run bench` installs bench/'s dependencies only when its lockfile
 * changed since the last install (bench/install.mjs).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ensureInstalled } from '../bench/install.mjs';

describe("the bench's install", () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbox-bench-install-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let installs = 0;
  // Like npm ci: node_modules emptied and filled again.
  const install = (at: string): boolean => {
    installs += 1;
    rmSync(join(at, 'node_modules'), { recursive: true, force: true });
    mkdirSync(join(at, 'node_modules'));
    return true;
  };

  it('installs the first time, then only when the lockfile changes', () => {
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"":{}}}');
    assert.equal(ensureInstalled({ dir, install }), 'installed');
    assert.equal(ensureInstalled({ dir, install }), 'up to date');
    assert.equal(ensureInstalled({ dir, install }), 'up to date');
    assert.equal(installs, 1);
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"":{"devDependencies":{"x":"1"}}}}');
    assert.equal(ensureInstalled({ dir, install }), 'installed');
    assert.equal(installs, 2);
    rmSync(join(dir, 'node_modules'), { recursive: true });
    assert.equal(ensureInstalled({ dir, install }), 'installed');
    assert.equal(installs, 3);
  });

  it('a failed install leaves nothing that says it is done', () => {
    const failing = (at: string): boolean => {
      rmSync(join(at, 'node_modules'), { recursive: true, force: true });
      mkdirSync(join(at, 'node_modules'));
      return false;
    };
    writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"changed":true}');
    assert.throws(() => ensureInstalled({ dir, install: failing }), /could not install/);
    assert.equal(ensureInstalled({ dir, install }), 'installed');
  });
});
