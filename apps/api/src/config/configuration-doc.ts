import { AppConfig } from './app-config';
import { settingDocs } from './setting.decorator';

/** Where the generated table lives, relative to the workspace root (linked from the README). */
export const CONFIGURATION_DOC_FILE = 'docs/configuration.md';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/configuration.md, generated from AppConfig so the table and the validation never disagree. */
export function configurationMarkdown(): string {
  const rows = settingDocs(AppConfig).map(
    (s) =>
      `| \`${s.name}\` | ${s.default ? cell(s.default.startsWith('a ') || s.default.includes(' ') ? s.default : `\`${s.default}\``) : '—'} | ${cell(s.description)} |`,
  );
  return [
    '# Configuration',
    '',
    '<!-- Generated from apps/api/src/config/app-config.ts by `npm run schema:generate`; a test fails when it is stale. -->',
    '',
    'Commons reads its settings from environment variables once, at start-up. A missing or malformed',
    'value stops start-up with one line naming it (for example',
    '`Configuration error: DATABASE_URL must be a postgres:// URL`) and exit code 1. Empty values count',
    'as unset. In production (`NODE_ENV=production`) a missing, short (< 32 characters) or default',
    '`SESSION_SECRET` refuses to start, and the demo content is never created.',
    '',
    '| Variable | Default | Description |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
