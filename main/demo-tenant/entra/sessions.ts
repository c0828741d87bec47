/** Server-side state of the sign-in flows: auth codes, refresh tokens, device codes. */

export interface AuthCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string | null;
  readonly codeChallengeMethod: string;
  readonly scope: string;
  readonly userId: string;
  readonly nonce: string | null;
  readonly expiresAt: number;
  /** What the sign-in satisfied: `amr` methods and authentication contexts (`acrs`). */
  readonly strength: SignInStrength;
  redeemed: boolean;
}

export interface RefreshGrant {
  readonly userId: string;
  readonly clientId: string;
  readonly scope: string;
  revoked: boolean;
  /** Refreshed tokens keep what the sign-in satisfied. */
  readonly strength?: SignInStrength;
}

export interface SignInStrength {
  readonly amr: readonly string[];
  readonly acrs: readonly string[];
}

export interface DeviceCode {
  readonly userCode: string;
  readonly clientId: string;
  readonly scope: string;
  readonly expiresAt: number;
  status: 'pending' | 'approved' | 'declined' | 'redeemed';
  userId: string | null;
}

export interface Sessions {
  readonly codes: Map<string, AuthCode>;
  readonly refreshTokens: Map<string, RefreshGrant>;
  /** By device_code. */
  readonly deviceCodes: Map<string, DeviceCode>;
}

export function createSessions(): Sessions {
  return { codes: new Map(), refreshTokens: new Map(), deviceCodes: new Map() };
}
