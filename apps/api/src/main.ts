import { runCli } from './cli';

// The API's single entry point: `node dist/apps/api/main.js [serve|migrate|revert|seed|schema]`.
void runCli(process.argv.slice(2));
