/**
 * The one Content-Security-Policy of Rostrum's pages: the Electron shell adds it
 * to every response of its window, and browser mode sends it with every answer.
 * The page loads only its own files and talks only to its own origin; nothing
 * may frame it, and no form may be sent anywhere (every form is handled by
 * script). No electron and no Node here: both transports import it.
 */
export function contentSecurityPolicy(options: { dev: boolean } = { dev: false }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // the review player's audio: /api/audio/<id> in browser mode, the shell's rostrum-audio: scheme in Electron
    "media-src 'self' rostrum-audio:",
    // in development Vite's dev server also needs its WebSocket (hot reload)
    options.dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ');
}
