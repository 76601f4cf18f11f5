import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/app-config';
import { VIDEO_HOSTS } from '../sanitising/html-sanitiser';

/**
 * Security headers for the API and the SPA it serves. The CSP fits a Vite build: scripts and
 * styles from our own origin only (no inline script); inline style attributes stay allowed because
 * React renders `style={…}` props as attributes. Development keeps Apollo's local landing page
 * working on GET /graphql, so it gets no CSP there.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const https = config.secureCookies;
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        // Article bodies may embed video from the players the sanitiser allows, and nothing else.
        frameSrc: ["'self'", ...VIDEO_HOSTS.map((host) => `https://${host}`)],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only when people actually reach us over https; on plain http it would lock them out.
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const withoutCsp = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  return (req, res, next) =>
    !config.isProduction && req.method === 'GET' && req.path === '/graphql'
      ? withoutCsp(req, res, next)
      : strict(req, res, next);
}
