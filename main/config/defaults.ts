/**
 * The built-in settings: what an unmanaged install starts with. Every default is the safe choice
 * (no tenant until one is entered, QR on, screen capture blocked, a real verification checklist).
 */
import type { ChecklistItem, HandoffSettings } from '../../preload/contract';
import type { Settings } from './fields';
import { defaultForwarding } from './forwarding-fields';

export const defaultHandoff: HandoffSettings = {
  displaySeconds: 60,
  clipboardClearSeconds: 30,
  showQr: true,
  allowScreenCapture: false,
  allowCopy: true,
};

export const defaultStandardChecklist: readonly ChecklistItem[] = [
  { id: 'photo-id', label: 'Photo ID checked against the person' },
  { id: 'employee-record', label: 'Matches employee record (name, department, manager)' },
];

/** Added to the standard list for privileged users; never replaces it. */
export const defaultPrivilegedExtra: readonly ChecklistItem[] = [
  { id: 'second-technician', label: 'Second technician present' },
  { id: 'security-notified', label: 'Security team notified' },
];

export const defaultMethods: readonly string[] = [
  'In person with photo ID',
  'Video call with photo ID',
  'Manager vouched in person',
];

export const defaultTicketPattern = String.raw`^(INC|REQ|RITM)\d{6,}$`;
export const defaultTicketExample = 'INC0012345';

/** Defaults for every field; the audit folder comes from the platform's `Paths`. */
/** The built-in notice: who, when, where, until when, and what to do if it was not them. Never the pass. */
export const defaultNoticeTemplate =
  'Hello {user},\n\n{technician} at {desk} issued you a Temporary Access Pass on {time} (ticket {ticket}). It is valid until {validUntil}.\n\nIf you did not ask for it, or were not at the desk, call the service desk now: someone may be trying to sign in as you.';

export function defaultSettings(auditFolder: string): Settings {
  return {
    tenantId: null,
    clientId: null,
    cloud: 'Public',
    'handoff.displaySeconds': defaultHandoff.displaySeconds,
    'handoff.clipboardClearSeconds': defaultHandoff.clipboardClearSeconds,
    'handoff.showQr': defaultHandoff.showQr,
    'handoff.allowScreenCapture': defaultHandoff.allowScreenCapture,
    'handoff.allowCopy': defaultHandoff.allowCopy,
    'handoff.customerDisplay': false,
    'follow.minutes': 15,
    'follow.revokeOnRegistration': false,
    'notice.mode': 'off',
    'notice.template': defaultNoticeTemplate,
    'notice.sharedMailbox': '',
    'notice.managerCopy': false,
    'notice.desk': 'the service desk',
    'verification.checklists.standard': defaultStandardChecklist,
    'verification.checklists.privilegedExtra': defaultPrivilegedExtra,
    'verification.methods': defaultMethods,
    'verification.ticket': { pattern: defaultTicketPattern, example: defaultTicketExample },
    privilegedGroups: [],
    auditFolder,
    'demo.allowed': true,
    ...defaultForwarding,
    technicianMayChange: [],
  };
}
