/**
 * Registered authentication methods (`/users/{id}/authentication/methods`) → friendly names. A
 * type this version does not know is shown generically rather than hidden, so a technician still
 * sees that the user has something registered.
 */
import type { AuthMethodSummary } from '../../preload/contract';

const labels: Readonly<Record<string, string>> = {
  password: 'Password',
  phone: 'Phone (SMS/voice)',
  email: 'Email',
  fido2: 'FIDO2 security key',
  microsoftAuthenticator: 'Microsoft Authenticator',
  softwareOath: 'Authenticator app or software token (OATH)',
  hardwareOath: 'Hardware token (OATH)',
  temporaryAccessPass: 'Temporary Access Pass',
  windowsHelloForBusiness: 'Windows Hello for Business',
  platformCredential: 'Platform credential (macOS)',
  external: 'External authentication method',
  qrCodePin: 'QR code sign-in',
};

/** `#microsoft.graph.fido2AuthenticationMethod` → `fido2`. */
export function kindOf(odataType: string): string | null {
  const match = /^#?microsoft\.graph\.(\w+?)AuthenticationMethod$/i.exec(odataType);
  return match?.[1] ?? null;
}

function detailOf(kind: string, method: Record<string, unknown>): string | undefined {
  const pick = (key: string): string | undefined =>
    typeof method[key] === 'string' && method[key] !== '' ? method[key] : undefined;
  switch (kind) {
    case 'phone':
      return [pick('phoneType'), pick('phoneNumber')].filter(Boolean).join(' ') || undefined;
    case 'email':
      return pick('emailAddress');
    case 'fido2':
      return pick('model') ?? pick('displayName');
    default:
      return pick('displayName');
  }
}

export function toMethodSummaries(
  methods: readonly Record<string, unknown>[],
): AuthMethodSummary[] {
  return methods.flatMap((method) => {
    const type = typeof method['@odata.type'] === 'string' ? method['@odata.type'] : '';
    const kind = kindOf(type);
    if (kind === null) return [];
    const label = labels[kind] ?? `Other method (${kind})`;
    const detail = detailOf(kind, method);
    return [{ kind, label, ...(detail ? { detail } : {}) }];
  });
}
