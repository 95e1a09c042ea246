#!/usr/bin/env node
// Migration CLI on the same data source as the app and the tests:
//   npm run migration:run        apply pending migrations (the API also does this at start)
//   npm run migration:revert     revert the newest applied migration
//   node scripts/migrate.mjs status
// Uses DATABASE_URL (the embedded database must be running, i.e. the API started, otherwise).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cmd = process.argv[2] ?? 'status';
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('set DATABASE_URL (postgres://…) to the database to migrate');
  process.exit(1);
}
let createDataSource;
try {
  ({ createDataSource } = require('../apps/api/dist/infra/database/data-source.js'));
} catch {
  console.error('build first: npx nx run-many -t build');
  process.exit(1);
}
const ds = createDataSource(url);
await ds.initialize();
try {
  if (cmd === 'run') {
    const done = await ds.runMigrations({ transaction: 'each' });
    console.log(done.length ? done.map((m) => `applied ${m.name}`).join('\n') : 'nothing to apply');
  } else if (cmd === 'revert') {
    await ds.undoLastMigration({ transaction: 'each' });
    console.log('reverted the newest migration');
  } else if (cmd === 'status') {
    console.log((await ds.showMigrations()) ? 'migrations pending' : 'up to date');
  } else {
    console.error(`unknown command ${cmd} (run | revert | status)`);
    process.exitCode = 1;
  }
} finally {
  await ds.destroy();
}
