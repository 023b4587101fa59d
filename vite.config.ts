import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The Content Security Policy of the built app. Everything is served from the page's own origin:
 * no inline scripts, no eval, no third-party hosts. `frame-ancestors` only takes effect as an HTTP
 * header, so the preview server sends the policy as a header as well as the meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The dev server needs an inline script for React Fast Refresh, so the policy goes only into builds.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'jwt-lab-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const metaPolicy = CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '');
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
      );
    },
  };
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // The first-load budget is measured with scripts/bench.mjs; keep source maps out of dist.
    sourcemap: false,
  },
  worker: {
    format: 'es',
  },
  preview: {
    headers: securityHeaders,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
