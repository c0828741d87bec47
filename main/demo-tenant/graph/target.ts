import type { DirectoryUser } from '../directory/types';
import type { Caller } from './authenticate';
import { fail } from './respond';
import type { GraphCall } from './route-types';

/** The `{id|upn}` of the path (already percent-decoded), or the caller on `/me`; 404 if unknown. */
export function resolveUser(call: GraphCall, caller: Caller): DirectoryUser {
  const key = call.params['id'] ?? '';
  if (key === '@me') return caller.user;
  const user = call.context.directory.find(key);
  if (!user) throw fail.notFound(key);
  return user;
}

/** A query option by name, case-insensitively (`$skipToken` and `$skiptoken` both arrive). */
export function queryOption(call: GraphCall, name: string): string | null {
  for (const [key, value] of call.request.url.searchParams) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

export const directoryReadScopes = [
  'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All',
];
export const selfReadScopes = ['User.Read', 'User.ReadWrite', ...directoryReadScopes];
