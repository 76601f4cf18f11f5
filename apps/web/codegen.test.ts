/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import config from './codegen';

const workspace = resolve(__dirname, '../..');

// Codegen loads its presets with import(), which Jest's module system cannot run, so it runs in a
// plain Node child and hands back what it would write.
const GENERATE = `
const { generate } = require('@graphql-codegen/cli');
generate({ ...JSON.parse(process.argv[1]), cwd: process.cwd(), silent: true }, false)
  .then((files) => process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content })))))
  .catch((error) => { console.error(error.message ?? error); process.exit(1); });
`;

// The committed operation types must be what codegen makes from the committed schema and the
// operations in the source: change either and forget `npm run codegen`, and this fails.
describe('generated GraphQL types (libs/web/graphql)', () => {
  it('are up to date with apps/api/schema.gql and the operations', () => {
    const output = execFileSync(process.execPath, ['-e', GENERATE, JSON.stringify(config)], {
      cwd: workspace,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const files: { filename: string; content: string }[] = JSON.parse(output);
    expect(files.map((f) => f.filename).sort()).toContain('libs/web/graphql/src/generated/graphql.ts');
    const stale = files
      .filter(({ filename, content }) => {
        const path = join(workspace, filename);
        return !existsSync(path) || readFileSync(path, 'utf8') !== content;
      })
      .map(({ filename }) => filename);
    expect(stale).toEqual([]);
  }, 60_000);
});
