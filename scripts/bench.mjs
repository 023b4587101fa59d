// Measures the budgets that tests do not time: first-load JavaScript for `/` (brotli and gzip),
// the size of each lazy chunk, and how many animation frames pass between pasting a token and
// seeing its decoded payload. Run with `npm run bench`; results are printed, not asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const OUT_DIR = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const FIRST_LOAD_BUDGET = 100 * 1024;

function compressedSizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Follows the static imports of the entry chunk: everything the browser must load before `/` runs. */
function firstLoadChunks(html) {
  const entries = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((match) => match[1]);
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(OUT_DIR, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join('assets', match[1]));
    }
  }
  return [...seen];
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function measurePasteFrames(page, token, marker) {
  return page.evaluate(
    ({ token, marker }) =>
      new Promise((resolve) => {
        const input = document.querySelector('[data-testid="token-input"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        const start = performance.now();
        setValue.call(input, token);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        let frames = 0;
        const check = () => {
          const payload = document.querySelector('[data-testid="payload-json"]');
          if (payload !== null && payload.value.includes(marker)) {
            resolve({ frames, milliseconds: performance.now() - start });
            return;
          }
          frames += 1;
          requestAnimationFrame(check);
        };
        check();
      }),
    { token, marker },
  );
}

function tokenWithPayload(payload) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}.c2ln`;
}

execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });

const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
const firstLoad = firstLoadChunks(html).map((file) => ({ file, ...compressedSizes(join(OUT_DIR, file)) }));
const total = firstLoad.reduce((sum, chunk) => ({ raw: sum.raw + chunk.raw, gzip: sum.gzip + chunk.gzip, brotli: sum.brotli + chunk.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const css = readdirSync(join(OUT_DIR, 'assets')).filter((file) => file.endsWith('.css')).map((file) => ({ file, ...compressedSizes(join(OUT_DIR, 'assets', file)) }));
const lazy = readdirSync(join(OUT_DIR, 'assets'))
  .filter((file) => file.endsWith('.js') && !firstLoad.some((chunk) => chunk.file === join('assets', file)))
  .map((file) => ({ file, ...compressedSizes(join(OUT_DIR, 'assets', file)) }))
  .sort((a, b) => b.brotli - a.brotli);

console.log('\nFirst-load JavaScript for / (static imports of the entry):');
for (const chunk of firstLoad) console.log(`  ${chunk.file}: ${kib(chunk.raw)} raw, ${kib(chunk.gzip)} gzip, ${kib(chunk.brotli)} brotli`);
console.log(`  total: ${kib(total.brotli)} brotli of the ${kib(FIRST_LOAD_BUDGET)} budget (${kib(total.gzip)} gzip)`);
for (const sheet of css) console.log(`  stylesheet ${sheet.file}: ${kib(sheet.brotli)} brotli`);
console.log('\nLazy chunks (loaded on demand), largest first:');
for (const chunk of lazy) console.log(`  ${chunk.file}: ${kib(chunk.brotli)} brotli`);

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, build: { outDir: OUT_DIR }, logLevel: 'warn' });
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  headless: true,
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector('[data-testid="payload-json"]');

  const groups = Array.from({ length: 300 }, (_, index) => `group-${String(index).padStart(4, '0')}-engineering-readers`);
  const samples = [
    ['small token (200 B)', tokenWithPayload({ sub: 'bench-small', exp: 4102444800 }), 'bench-small'],
    ['token with 300 groups (13 KB)', tokenWithPayload({ sub: 'bench-groups', groups }), 'bench-groups'],
    ['1 MB token', tokenWithPayload({ sub: 'bench-large', blob: 'x'.repeat(1024 * 1024) }), 'bench-large'],
  ];
  console.log('\nPaste to decoded payload (5 runs each, median):');
  for (const [label, token, marker] of samples) {
    const runs = [];
    for (let run = 0; run < 5; run++) {
      await measurePasteFrames(page, tokenWithPayload({ sub: `reset-${run}` }), `reset-${run}`);
      runs.push(await measurePasteFrames(page, token, marker));
    }
    runs.sort((a, b) => a.milliseconds - b.milliseconds);
    const median = runs[2];
    console.log(`  ${label}: ${median.frames} frame(s), ${median.milliseconds.toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

console.log(`\nMachine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}`);
if (total.brotli > FIRST_LOAD_BUDGET) {
  console.error(`First-load JavaScript is ${kib(total.brotli)} brotli, over the ${kib(FIRST_LOAD_BUDGET)} budget.`);
  process.exitCode = 1;
}
