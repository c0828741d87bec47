/**
 * Where Graph access tokens come from. The auth layer (main/auth) implements it over MSAL; Graph
 * code only needs this one method, so it never sees accounts, caches or refresh tokens.
 */
export interface TokenSource {
  /**
   * A Graph access token for the signed-in technician: silent renewal from the cache, refreshing
   * when due. Throws an AppFailure when signed out, 'interaction-required' when the technician
   * must sign in again.
   * `forceRefresh` skips the cached token: Graph refused it although MSAL still trusts it.
   */
  getGraphToken(signal?: AbortSignal, options?: { readonly forceRefresh?: boolean }): Promise<string>;
}
