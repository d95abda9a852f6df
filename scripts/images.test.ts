/**
 * scripts/images.mjs (`npm run images`), run for one widget into a temporary
 * folder: what a newsroom taking the PNGs would notice — one picture per
 * language and theme, 640 px wide, a dark one that is dark, and alt text
 * that says the widget's numbers as the source writes them, in the picture's
 * language.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface ImageEntry {
  file: string;
  widget: string;
  lang: string;
  theme: string;
  width: number;
  height: number;
  alt: string;
}

interface Png {
  width: number;
  height: number;
  /** Mean luminance of the pixels, 0 (black) to 255 (white). */
  luminance: number;
}

/** Reads an 8-bit RGB or RGBA PNG (what Chromium writes): its size and mean luminance. */
function readPng(bytes: Buffer): Png {
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature');
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 0;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth');
      channels = { 2: 3, 6: 4 }[data[9] ?? 0] ?? 0;
      assert.ok(channels > 0, `colour type ${data[9]}`);
      assert.equal(data[12], 0, 'not interlaced');
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  let sum = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (line[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      line[x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      sum += 0.2126 * (line[x] ?? 0) + 0.7152 * (line[x + 1] ?? 0) + 0.0722 * (line[x + 2] ?? 0);
    }
    previous = line;
  }
  return { width, height, luminance: sum / (width * height) };
}

describe('npm run images (scripts/images.mjs --only trade-share-pie)', () => {
  const out = mkdtempSync(join(tmpdir(), 'factbox-images-'));
  let entries: ImageEntry[] = [];
  const pngs = new Map<string, Png>();

  before(() => {
    const result = spawnSync(process.execPath, ['scripts/images.mjs', '--only', 'trade-share-pie', '--out', out], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    entries = JSON.parse(readFileSync(join(out, 'images.json'), 'utf8')) as ImageEntry[];
    for (const entry of entries) pngs.set(entry.file, readPng(readFileSync(join(out, entry.file))));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('writes one PNG per language and theme, and images.json listing them', () => {
    const expected = ['en.light', 'en.dark', 'ar.light', 'ar.dark'].map((variant) => `trade-share-pie.${variant}.png`);
    assert.deepEqual(readdirSync(out).sort(), [...expected, 'images.json'].sort());
    assert.deepEqual(
      entries.map((e) => [e.file, e.widget, `${e.lang}.${e.theme}`]),
      expected.map((file) => [file, 'trade-share-pie', file.split('.').slice(1, 3).join('.')]),
    );
    for (const entry of entries) assert.ok(existsSync(join(out, entry.file)), entry.file);
  });

  it('draws each picture 640 CSS px wide, at the size images.json gives for an <img>', () => {
    for (const entry of entries) {
      const png = pngs.get(entry.file)!;
      assert.equal(entry.width, 640, entry.file);
      const scale = png.width / entry.width;
      assert.ok(scale === 1 || scale === 2, `${entry.file}: ${png.width} px for ${entry.width} CSS px`);
      assert.equal(png.height, entry.height * scale, entry.file);
      // A whole pie widget: title, chart, notes and source line, not a sliver and not the page's empty reserve.
      assert.ok(entry.height > 300 && entry.height < 700, `${entry.file}: ${entry.height} CSS px high`);
    }
  });

  it('makes the dark pictures dark and the light ones light, the same widget in both', () => {
    for (const lang of ['en', 'ar']) {
      const light = entries.find((e) => e.lang === lang && e.theme === 'light')!;
      const dark = entries.find((e) => e.lang === lang && e.theme === 'dark')!;
      assert.equal(dark.height, light.height, lang);
      assert.equal(dark.alt, light.alt, lang);
      assert.ok(pngs.get(light.file)!.luminance > 200, `${light.file}: ${pngs.get(light.file)!.luminance}`);
      assert.ok(pngs.get(dark.file)!.luminance < 80, `${dark.file}: ${pngs.get(dark.file)!.luminance}`);
    }
  });

  it("gives each picture the widget's title and its facts in words as alt text, numbers as written, in its language", () => {
    for (const entry of entries.filter((e) => e.lang === 'en')) {
      assert.match(entry.alt, /^China accounts for over 90% of North Korea’s trade\. /, entry.alt);
      assert.match(entry.alt, /China, over 90%/, entry.alt);
      assert.match(entry.alt, /under 10% \(derived from the other share, not stated\)/, entry.alt);
      assert.match(entry.alt, /Source: FUTURE for Advanced Research and Studies \(publisher inferred\), 20 November 2024\.$/, entry.alt);
    }
    for (const entry of entries.filter((e) => e.lang === 'ar')) {
      assert.ok(entry.alt.startsWith('حصة الصين من تجارة كوريا الشمالية'), entry.alt);
      assert.ok(entry.alt.includes('أكثر من ٩٠٪'), entry.alt);
      assert.doesNotMatch(entry.alt, /[0-9]|over|China/, entry.alt);
    }
  });
});
