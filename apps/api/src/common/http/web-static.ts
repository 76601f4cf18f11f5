import express, { type Express, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths the API answers itself; everything else that is a GET for a page is the SPA's. */
const API_PATHS = [/^\/graphql(\/|$)/, /^\/healthz$/, /^\/readyz$/];

/**
 * Serves the built web app (Vite output) on the API's port: hashed assets cached for a year,
 * index.html never cached, and index.html for any other page route so client routing works on
 * reload. Returns false when there is no build to serve (development uses Vite's server).
 */
export function serveWebApp(app: Express, webDistDir: string): boolean {
  const root = resolve(webDistDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;

  app.use(
    express.static(root, {
      index: false,
      setHeaders: (res, path) => {
        // Vite puts content-hashed files under assets/: their name changes with their content.
        if (path.startsWith(join(root, 'assets')))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  const spaFallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.some((p) => p.test(req.path)))
      return next();
    if (!req.accepts('html') || /\.[a-z0-9]+$/i.test(req.path)) return next(); // a missing file is a 404, not the app
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  app.use(spaFallback);
  return true;
}
