// Checks that a Chromium for the end-to-end tests exists before Playwright starts, and says how to
// get one when it does not.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const systemChromium = candidates.find((path) => existsSync(path));

function hasPlaywrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  return existsSync(cache) && readdirSync(cache).some((name) => name.startsWith('chromium'));
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file exists there. Fix the path or unset it.`);
  process.exit(1);
}

if (!systemChromium && !hasPlaywrightChromium()) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      '  Debian or Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)',
      '  Elsewhere:        npx playwright install chromium',
      '  Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
