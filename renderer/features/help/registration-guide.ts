/**
 * The admin guide's "Register the app" section, inlined from docs/admin-guide.md when the renderer
 * is built: the help a technician opens on the first-run screen is the one the repository ships,
 * read offline, never a generic web page.
 */
import adminGuide from '../../../docs/admin-guide.md?raw';
import { section, toBlocks, type Block } from './markdown-blocks';

export const registrationHeading = '## 1. Register the app (public client, delegated permissions)';

export function registrationGuide(markdown: string = adminGuide): Block[] {
  return toBlocks(section(markdown, registrationHeading));
}
