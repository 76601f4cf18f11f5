import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig, DEV_SESSION_SECRET } from './app-config';
import { settingDocs } from './setting.decorator';

/** A configuration problem, told in one line that names the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const firstMessage = (error: ValidationError): string =>
  Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;

/** Rules that span settings or depend on NODE_ENV, which decorators cannot say clearly. */
function crossChecks(config: AppConfig, raw: Record<string, string>): string[] {
  const problems: string[] = [];
  if (config.isProduction) {
    // The embedded PostgreSQL is for trying Commons out; production images do not even contain it.
    if (raw.DATABASE_URL === undefined) {
      problems.push(
        'DATABASE_URL is required in production (the embedded PostgreSQL is for trying Commons out)',
      );
    }
    if (raw.SESSION_SECRET === undefined) {
      problems.push('SESSION_SECRET is required in production');
    } else if (config.SESSION_SECRET === DEV_SESSION_SECRET) {
      problems.push('SESSION_SECRET must not be the development default in production');
    } else if (config.SESSION_SECRET.length < 32) {
      problems.push('SESSION_SECRET must be at least 32 characters in production');
    }
    if (config.SEED_DEMO === true) {
      problems.push('SEED_DEMO must not be true in production (demo accounts have a public password)');
    }
  }
  return problems;
}

/**
 * Reads, validates and types the settings from an environment. Empty values count as unset.
 * Throws a ConfigError naming every bad variable; nothing starts with a half-valid configuration.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const { name } of settingDocs(AppConfig)) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') raw[name] = value.trim();
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { forbidUnknownValues: false }).map(firstMessage);
  problems.push(...crossChecks(config, raw));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
