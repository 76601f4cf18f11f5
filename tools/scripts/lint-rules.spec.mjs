// The house rules have teeth: ESLint, with the workspace's own config, refuses each kind of import the
// rules forbid. Without this, a config edit could turn a rule off and `npm test` would stay green.
// Fixture files are written inside the projects (the rules are decided by path) and always removed.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });
const written = new Set();

after(() => {
  for (const folder of written) rmSync(folder, { recursive: true, force: true });
});

/** Writes `files` (path → source) under a fresh folder in `project`, lints them, returns the rule ids hit. */
async function violations(project, files) {
  const folder = join(root, project, `lint-fixture-${process.pid}`);
  written.add(folder);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), source);
  }
  const results = await eslint.lintFiles(Object.keys(files).map((path) => join(folder, path)));
  return results.flatMap((r) => r.messages.map((m) => m.ruleId));
}

test('an import cycle inside a project is refused', async () => {
  const found = await violations('apps/api/src', {
    'a.ts': "import { b } from './b';\nexport const a = (): unknown => b;\n",
    'b.ts': "import { a } from './a';\nexport const b = (): unknown => a;\n",
  });
  assert.ok(found.includes('import-x/no-cycle'), `expected a cycle error, got ${JSON.stringify(found)}`);
});

test('shared code may not import the web layer', async () => {
  const found = await violations('libs/shared/src', {
    'x.ts': "import { graphql } from '@commons/web-graphql';\nexport const x = graphql;\n",
  });
  assert.ok(found.includes('@nx/enforce-module-boundaries'), JSON.stringify(found));
});

test('the web app may not reach into the API by path', async () => {
  const found = await violations('apps/web/src', {
    'x.ts': "import { AppModule } from '../../../api/src/app.module';\nexport const x = AppModule;\n",
  });
  assert.ok(found.includes('@nx/enforce-module-boundaries'), JSON.stringify(found));
});

test('a web feature may not import another feature', async () => {
  const found = await violations('apps/web/src/features/people', {
    'x.ts':
      "import { ShareButton } from '@/features/spaces/components/share-button';\nexport const x = ShareButton;\n",
  });
  assert.ok(found.includes('no-restricted-imports'), JSON.stringify(found));
});

test("the web app's shared components may not import a feature", async () => {
  const found = await violations('apps/web/src/components', {
    'x.ts': "import { NewsFeed } from '@/features/news/components/news-feed';\nexport const x = NewsFeed;\n",
  });
  assert.ok(found.includes('no-restricted-imports'), JSON.stringify(found));
});

test('clean code passes, so the cases above fail for their rule alone', async () => {
  const found = await violations('apps/api/src', {
    'a.ts': "import { b } from './b';\nexport const a = (): unknown => b;\n",
    'b.ts': 'export const b = 1;\n',
  });
  assert.deepEqual(found, []);
});
