/**
 * A macOS configuration profile example: one custom-settings payload for the app's preference
 * domain whose keys are the policy.json document, filled with the built-in defaults. MDM delivers
 * it to /Library/Managed Preferences/<domain>.plist, which managed-preferences.ts reads. The UUIDs
 * are fixed so re-generating the template never makes a "new" profile.
 */
import { toDocument } from '../user-settings';
import type { Settings } from '../fields';
import { xml } from './xml';

export const preferenceDomain = 'com.tapdesk.app';
const profileUuid = '6F1C2A1E-7B3D-4C59-9E0A-2D4B8C6F1A31';
const payloadUuid = 'B0E7D3C2-41A8-4F6E-8C2B-5A9D7E3F0C14';

export function generateMobileconfig(defaults: Settings): string {
  const { auditFolder: _folder, ...rest } = defaults;
  void _folder;
  // The tenant has no default: the example shows where it goes with placeholder GUIDs.
  const example = {
    ...toDocument(rest as Partial<Settings>),
    tenantId: '00000000-0000-0000-0000-000000000000',
    clientId: '00000000-0000-0000-0000-000000000000',
  };
  const payload = {
    PayloadType: preferenceDomain,
    PayloadIdentifier: `${preferenceDomain}.policy`,
    PayloadUUID: payloadUuid,
    PayloadVersion: 1,
    PayloadDisplayName: 'TAP Desk policy',
    ...example,
  };
  const profile = {
    PayloadType: 'Configuration',
    PayloadIdentifier: `${preferenceDomain}.profile`,
    PayloadUUID: profileUuid,
    PayloadVersion: 1,
    PayloadScope: 'System',
    PayloadDisplayName: 'TAP Desk',
    PayloadDescription:
      'Machine policy for TAP Desk. Edit the values, then deliver with your MDM (Intune: Devices > macOS > Configuration > Templates > Custom).',
    PayloadContent: [payload],
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value ? 'true' : 'false'}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}<array/>`;
    return `${indent}<array>\n${value.map((v) => plistValue(v, `${indent}  `)).join('\n')}\n${indent}</array>`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
    return `${indent}<dict>\n${entries
      .map(([k, v]) => `${indent}  <key>${xml(k)}</key>\n${plistValue(v, `${indent}  `)}`)
      .join('\n')}\n${indent}</dict>`;
  }
  throw new Error(`plist: unsupported value ${String(value)}`);
}
