/**
 * The profile reads the user card adds for identity verification: the manager ("Get manager":
 * 404 when there is none) and the profile photo ("Get profilePhoto": binary `$value`, 404
 * ImageNotFound when none was uploaded, only the documented sizes).
 */
import { demoPhoto } from '../directory/photo';
import type { EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';
import { authenticate, hasScope } from './authenticate';
import { fail, graphHeaders, graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';
import { directoryReadScopes, queryOption, resolveUser } from './target';
import { parseSelect, shapeUser, usersContext } from './user-shape';

const photoScopes = ['ProfilePhoto.Read.All', ...directoryReadScopes];
const photoSizes = new Set(['48x48', '64x64', '96x96', '120x120', '240x240', '360x360', '432x432', '504x504', '648x648']);

function manager(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...directoryReadScopes)) throw fail.directoryDenied();
  const user = resolveUser(call, caller);
  const boss = user.managerId === null ? undefined : call.context.directory.find(user.managerId);
  if (!boss) {
    throw new GraphFailure(404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
  }
  const selectRaw = queryOption(call, '$select');
  return graphOk(call.request, {
    '@odata.context': usersContext(call.context.origin, call.version, selectRaw, true),
    '@odata.type': '#microsoft.graph.user',
    ...shapeUser(boss, parseSelect(selectRaw)),
  });
}

function photo(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...photoScopes)) throw fail.directoryDenied();
  const size = call.params['size'];
  if (size !== undefined && !photoSizes.has(size)) {
    throw new GraphFailure(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
  }
  const user = resolveUser(call, caller);
  if (!user.hasPhoto) {
    throw new GraphFailure(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
  }
  const pixels = Number((size ?? '240x240').split('x')[0]);
  return { status: 200, headers: graphHeaders(call.request), bytes: demoPhoto(user.id, pixels), contentType: 'image/png' };
}

export const profileRoutes: GraphRoute[] = [
  { method: 'GET', pattern: ['users', ':id', 'manager'], handler: manager },
  { method: 'GET', pattern: ['users', ':id', 'photo', '$value'], handler: photo },
  { method: 'GET', pattern: ['users', ':id', 'photos', ':size', '$value'], handler: photo },
];
