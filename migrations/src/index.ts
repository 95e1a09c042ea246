import { AppSettings1764000000000 } from './1764000000000-app-settings';
import { AuthAudit1764000000001 } from './1764000000001-auth-audit';
import { SshCredentials1764000000100 } from './1764000000100-ssh-credentials';

/** Every migration, oldest first. The app runs them at start-up; `npm run migration:*` drives them by hand. */
export const MIGRATIONS = [AppSettings1764000000000, AuthAudit1764000000001, SshCredentials1764000000100];
