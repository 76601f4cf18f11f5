import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIGURATION_DOC_FILE, configurationMarkdown } from '../../config/configuration-doc';
import { printAppSchema, SCHEMA_FILE } from './schema-file';

const ROOT = join(__dirname, '../../../../..');
const STALE = 'is stale: run `npm run schema:generate` and commit the result';

describe('generated files', () => {
  it(`${SCHEMA_FILE} matches the resolvers`, async () => {
    const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
    const current = await printAppSchema();
    if (committed !== current) throw new Error(`${SCHEMA_FILE} ${STALE}`);
    expect(current).toContain('type Query');
  });

  it(`${CONFIGURATION_DOC_FILE} matches AppConfig`, () => {
    const committed = readFileSync(join(ROOT, CONFIGURATION_DOC_FILE), 'utf8');
    if (committed !== configurationMarkdown()) throw new Error(`${CONFIGURATION_DOC_FILE} ${STALE}`);
    expect(committed).toContain('| `DATABASE_URL` |');
  });
});
