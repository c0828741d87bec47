import { join } from 'node:path';
import { app } from 'electron';
import type { Paths } from '../kernel/ports';

/** Per-user folders. Call after `app` is ready (userData may be changed before that). */
export function electronPaths(): Paths {
  const userData = app.getPath('userData');
  return { userData, audit: join(userData, 'audit') };
}
