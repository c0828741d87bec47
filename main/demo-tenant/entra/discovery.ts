import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { oauthError } from './oauth-error';
import { isOurTenant } from './tenant-path';

/** `GET /{tenant}/v2.0/.well-known/openid-configuration` (B.3.3): issuer on the same origin. */
export function openIdConfiguration(context: TenantContext, request: EmuRequest): EmuResponse {
  const tenantSegment = request.segments[0] ?? '';
  if (!isOurTenant(context.directory, tenantSegment)) {
    return oauthError(request, context.clock.now(), 'invalid_tenant', 90002, `Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
  }
  const base = `${context.origin}/${context.directory.tenant.tenantId}`;
  return {
    status: 200,
    json: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${context.origin}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'email'],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: 'EU',
      cloud_instance_name: 'demo-tenant',
      cloud_graph_host_name: new URL(context.origin).host,
      msgraph_host: new URL(context.origin).host,
      rbac_url: context.origin,
    },
  };
}

/** `GET /{tenant}/discovery/v2.0/keys`: id_tokens are unsigned, so there are no keys to publish. */
export function signingKeys(): EmuResponse {
  return { status: 200, json: { keys: [] } };
}
