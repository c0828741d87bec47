/**
 * The audit-forwarding part of the field table (fields.ts includes it): where every journal entry
 * is also sent (Azure Monitor Logs Ingestion or syslog over TLS), the desk's id in the central
 * trail, and whether a backlog blocks minting. All admin-only: a technician must never be able to
 * point their own trail elsewhere.
 */
import { z } from 'zod';
import type { FieldSpec } from './fields';

export const forwardingTargets = ['off', 'logs-ingestion', 'syslog'] as const;
export type ForwardingTarget = (typeof forwardingTargets)[number];

export interface ForwardingSettings {
  readonly 'audit.deskId': string | null;
  readonly 'forwarding.target': ForwardingTarget;
  readonly 'forwarding.logsIngestion.endpoint': string | null;
  readonly 'forwarding.logsIngestion.ruleId': string | null;
  readonly 'forwarding.logsIngestion.stream': string;
  readonly 'forwarding.syslog.host': string | null;
  readonly 'forwarding.syslog.port': number;
  readonly 'forwarding.syslog.caFile': string | null;
  readonly 'forwarding.syslog.clientCertFile': string | null;
  readonly 'forwarding.syslog.clientKeyFile': string | null;
  readonly 'forwarding.requireWithinMinutes': number;
}

export const defaultForwarding: ForwardingSettings = {
  'audit.deskId': null,
  'forwarding.target': 'off',
  'forwarding.logsIngestion.endpoint': null,
  'forwarding.logsIngestion.ruleId': null,
  'forwarding.logsIngestion.stream': 'Custom-TapDeskAudit_CL',
  'forwarding.syslog.host': null,
  'forwarding.syslog.port': 6514,
  'forwarding.syslog.caFile': null,
  'forwarding.syslog.clientCertFile': null,
  'forwarding.syslog.clientKeyFile': null,
  'forwarding.requireWithinMinutes': 0,
};

/** Desk ids appear in segment names and central queries: letters, digits, dot, dash, underscore. */
export const deskIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

const httpsUrl = z
  .string()
  .max(512)
  .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'must be an https:// URL');

function absoluteFile(platform: NodeJS.Platform) {
  return z
    .string()
    .min(1)
    .max(1024)
    .refine(
      (f) =>
        !f.includes('\0') &&
        (platform === 'win32' ? /^[a-z]:[\\/]/i.test(f) || /^\\\\[^\\]+\\[^\\]+/.test(f) : f.startsWith('/')),
      'must be an absolute file path',
    );
}

const note =
  'Admin-only. When not configured, audit entries stay in the local journal only.';

export function forwardingSpecs(platform: NodeJS.Platform): FieldSpec[] {
  const file = absoluteFile(platform);
  return [
    {
      key: 'audit.deskId',
      path: ['audit', 'deskId'],
      schema: z.string().regex(deskIdPattern, 'must be 1 to 63 letters, digits, dots, dashes or underscores'),
      fix: 'Use a short name such as HELPDESK-07 (letters, digits, . - _).',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'DeskId',
        title: 'Desk id',
        explain:
          'The name this desk has in the central audit trail and in its journal segment names (for example HELPDESK-07 or %COMPUTERNAME% set by a script). When not configured, TAP Desk generates one id per profile once and keeps it.',
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.target',
      path: ['forwarding', 'target'],
      schema: z.enum(forwardingTargets),
      fix: `Use one of ${forwardingTargets.join(', ')}.`,
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'ForwardingTarget',
        title: 'Forward the audit journal to',
        explain: `Where every journal entry is also sent: logs-ingestion (Azure Monitor Logs Ingestion into a Log Analytics workspace, seen by Microsoft Sentinel) or syslog (RFC 5424 over TLS, for Splunk, Elastic, QRadar and others). ${note}`,
        control: { kind: 'enum', items: forwardingTargets },
      },
    },
    {
      key: 'forwarding.logsIngestion.endpoint',
      path: ['forwarding', 'logsIngestion', 'endpoint'],
      schema: httpsUrl,
      fix: 'Use the data collection endpoint (or the DCR logs ingestion endpoint), https://…ingest.monitor.azure.com.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'LogsIngestionEndpoint',
        title: 'Logs Ingestion endpoint',
        explain: `The data collection endpoint URL, for example https://tapdesk-abcd.westeurope-1.ingest.monitor.azure.com. ${note}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.logsIngestion.ruleId',
      path: ['forwarding', 'logsIngestion', 'ruleId'],
      schema: z.string().regex(/^dcr-[0-9a-f]{32}$/, 'must be a DCR immutable id (dcr- and 32 hex digits)'),
      fix: 'Use the immutable id from the data collection rule (JSON view): dcr-0123…',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'LogsIngestionRuleId',
        title: 'Data collection rule id',
        explain: `The immutable id of the data collection rule, dcr- followed by 32 hex digits. ${note}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.logsIngestion.stream',
      path: ['forwarding', 'logsIngestion', 'stream'],
      schema: z.string().regex(/^Custom-[A-Za-z0-9_]{1,100}$/, 'must be a custom stream name, Custom-…'),
      fix: 'Use the stream declared in the rule, for example Custom-TapDeskAudit_CL.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'LogsIngestionStream',
        title: 'Data collection rule stream',
        explain: `The stream declared in the data collection rule. When not configured, Custom-TapDeskAudit_CL.`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.syslog.host',
      path: ['forwarding', 'syslog', 'host'],
      schema: z.string().regex(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, 'must be a host name or IPv4 address'),
      fix: 'Use the collector host name as its certificate names it, for example siem-collector.contoso.com.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'SyslogHost',
        title: 'Syslog collector host',
        explain: `The syslog-over-TLS collector (its certificate must name this host). ${note}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.syslog.port',
      path: ['forwarding', 'syslog', 'port'],
      schema: z.number().int().min(1).max(65535),
      fix: 'Use a TCP port from 1 to 65535 (6514 is syslog over TLS).',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'SyslogPort',
        title: 'Syslog collector port',
        explain: 'The collector TCP port. When not configured, 6514 (syslog over TLS, RFC 5425).',
        control: { kind: 'number', min: 1, max: 65535 },
      },
    },
    {
      key: 'forwarding.syslog.caFile',
      path: ['forwarding', 'syslog', 'caFile'],
      schema: file,
      fix: 'Use the absolute path of a PEM file with the CA certificates that issued the collector certificate.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'SyslogCaFile',
        title: 'Syslog CA bundle',
        explain: `A PEM file of the CA certificates to trust for the collector. When not configured, the system's trusted CAs are used.`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.syslog.clientCertFile',
      path: ['forwarding', 'syslog', 'clientCertFile'],
      schema: file,
      fix: 'Use the absolute path of the client certificate (PEM), set together with its key file.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'SyslogClientCertFile',
        title: 'Syslog client certificate',
        explain: 'Optional: a PEM client certificate for collectors that require one (set the key file too).',
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.syslog.clientKeyFile',
      path: ['forwarding', 'syslog', 'clientKeyFile'],
      schema: file,
      fix: 'Use the absolute path of the client key (PEM), readable by technicians only if they must forward.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'SyslogClientKeyFile',
        title: 'Syslog client key',
        explain: 'Optional: the PEM key of the client certificate.',
        control: { kind: 'text' },
      },
    },
    {
      key: 'forwarding.requireWithinMinutes',
      path: ['forwarding', 'requireWithinMinutes'],
      schema: z.number().int().min(0).max(1440),
      fix: 'Use whole minutes from 0 (not required) to 1440.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'ForwardingRequiredWithinMinutes',
        title: 'Refuse minting while the audit backlog is older than (minutes)',
        explain:
          'When above 0, a mint is refused while the oldest entry not yet accepted by the log pipeline is older than this many minutes. When not configured, 0: forwarding never blocks a mint.',
        control: { kind: 'number', min: 0, max: 1440 },
      },
    },
  ];
}
