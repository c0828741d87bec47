// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../main/config/defaults';
import { fieldSpecs } from '../../../main/config/fields';
import type { FieldKey, Settings } from '../../../main/config/fields';
import { emptyLayer, parseLayer } from '../../../main/config/parse-layer';
import { readRegistryPolicy } from '../../../main/config/registry';
import type { ExecFile } from '../../../main/config/registry';
import { resolveSettings } from '../../../main/config/resolve';
import { admxKey } from '../../../main/config/templates/admx';
import { generateTemplates } from '../../../main/config/templates/write-templates';
import { admxNs, applyPolicy, child, children, parseXml, regQueryOutput } from './admx-engine';
import type { PolicyInput, RegWrite } from './admx-engine';

const { admx, adml, mobileconfig } = generateTemplates('0.1.0');
const admxDoc = parseXml(admx);
const admlDoc = parseXml(adml);
const root = admxDoc.documentElement;
const policies = children(child(root, 'policies') as Element, 'policy');
const policyNamed = (name: string): Element => {
  const found = policies.find((p) => p.getAttribute('name') === name);
  if (!found) throw new Error(`no policy ${name}`);
  return found;
};

/** A value for every field that differs from its default, so a field silently dropped shows. */
const chosen: Partial<Settings> = {
  tenantId: '3f1e2d4c-8b7a-4c6d-9e5f-0a1b2c3d4e5f',
  clientId: '0d9c1c3e-5b1a-4e55-9a64-3c1f2b7e8a10',
  cloud: 'USGovDoD',
  'handoff.displaySeconds': 125,
  'handoff.clipboardClearSeconds': 17,
  'handoff.showQr': false,
  'handoff.allowScreenCapture': true,
  'handoff.allowCopy': false,
  'handoff.customerDisplay': true,
  'verification.checklists.standard': [
    { id: 'badge', label: 'Badge seen & matched' },
    { id: 'call-back', label: 'Called back on the number in HR' },
  ],
  'verification.checklists.privilegedExtra': [{ id: 'ciso', label: 'CISO approved' }],
  'verification.methods': ['Face to face', 'Teams video <recorded>'],
  'verification.ticket': { pattern: '^CHG\\d{5}$', example: 'CHG12345' },
  privilegedGroups: ['5b0a4c7e-3f2d-4b8e-9c1a-7e6d5f4a3b21', 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'],
  auditFolder: '\\\\files\\audit\\tap',
  'demo.allowed': true,
  'notice.mode': 'required',
  'notice.template': 'Hello {user}, {technician} issued you a pass at {time}; valid until {validUntil}. Not you? Call us.',
  'notice.sharedMailbox': 'servicedesk@contoso.com',
  'notice.desk': 'the Munich desk',
  technicianMayChange: ['handoff.allowCopy', 'auditFolder'],
  'audit.deskId': 'HELPDESK-07',
  'forwarding.target': 'syslog',
  'forwarding.logsIngestion.endpoint': 'https://tapdesk-ab12.westeurope-1.ingest.monitor.azure.com',
  'forwarding.logsIngestion.ruleId': 'dcr-0123456789abcdef0123456789abcdef',
  'forwarding.logsIngestion.stream': 'Custom-TapDesk_CL',
  'forwarding.syslog.host': 'siem-collector.contoso.com',
  'forwarding.syslog.caFile': 'C:\\ProgramData\\TAP Desk\\siem-ca.pem',
  'forwarding.syslog.clientCertFile': 'C:\\ProgramData\\TAP Desk\\desk.pem',
  'forwarding.syslog.clientKeyFile': 'C:\\ProgramData\\TAP Desk\\desk.key',
};

/** Numbers and switches get a generic non-default value; anything else needs one above. */
const sample = Object.fromEntries(
  fieldSpecs('win32').map((spec) => {
    const fallback = defaultSettings('C:\\a')[spec.key];
    const control = spec.template.control;
    if (chosen[spec.key] !== undefined) return [spec.key, chosen[spec.key]];
    if (control.kind === 'boolean') return [spec.key, !fallback];
    if (control.kind === 'number')
      return [spec.key, fallback === control.max ? control.min : control.max];
    throw new Error(`add a sample value for ${spec.key}`);
  }),
) as unknown as Settings;

/** The admin's input in the policy editor for a field's value. */
function inputFor(key: FieldKey, value: unknown): PolicyInput {
  const spec = fieldSpecs('win32').find((s) => s.key === key);
  switch (spec?.template.control.kind) {
    case 'boolean':
      return { enabled: value as boolean };
    case 'ticket': {
      const rule = value as Settings['verification.ticket'];
      return { elements: [rule.pattern, rule.example] };
    }
    case 'checklist':
      return {
        elements: [(value as Settings['verification.checklists.standard']).map((i) => [i.id, i.label] as const)],
      };
    default:
      return { elements: [value as string] };
  }
}

function readBack(writes: readonly RegWrite[]) {
  const exec: ExecFile = async () => ({ stdout: regQueryOutput(writes, admxKey), stderr: '' });
  return readRegistryPolicy(exec, 'C:\\Windows\\System32\\reg.exe');
}

describe('tap-desk.admx and en-US/tap-desk.adml', () => {
  it('use the PolicyDefinitions namespace, revision and schema version, with our own target namespace', () => {
    expect(root.localName).toBe('policyDefinitions');
    expect(root.namespaceURI).toBe(admxNs);
    expect(admlDoc.documentElement.localName).toBe('policyDefinitionResources');
    expect(admlDoc.documentElement.namespaceURI).toBe(admxNs);
    for (const doc of [root, admlDoc.documentElement]) {
      expect(doc.getAttribute('revision')).toMatch(/^\d+\.\d+$/);
      expect(doc.getAttribute('schemaVersion')).toBe('1.0');
    }
    const target = child(child(root, 'policyNamespaces') as Element, 'target');
    expect(target?.getAttribute('prefix')).toBe('tapdesk');
    expect(target?.getAttribute('namespace')).toBe('TAPDesk.Policies.TAPDesk');
    // No dependency on Windows.admx: Intune's import would need it uploaded first.
    expect(children(child(root, 'policyNamespaces') as Element, 'using')).toEqual([]);
    expect(children(root).map((e) => e.localName)).toEqual([
      'policyNamespaces',
      'resources',
      'supportedOn',
      'categories',
      'policies',
    ]);
  });

  it('have one machine policy per field, with unique names, ids and refs that resolve', () => {
    expect(policies.map((p) => p.getAttribute('name')).sort()).toEqual(
      fieldSpecs('win32').map((s) => s.template.valueName).sort(),
    );
    const unique = (values: (string | null)[]) => expect(new Set(values).size).toBe(values.length);
    unique(policies.map((p) => p.getAttribute('name')));
    const categories = admxDoc.getElementsByTagNameNS(admxNs, 'category');
    const categoryNames = [...categories].map((c) => c.getAttribute('name'));
    unique(categoryNames);
    const strings = [...admlDoc.getElementsByTagNameNS(admxNs, 'string')].map((s) => s.getAttribute('id'));
    unique(strings);
    const presentations = [...admlDoc.getElementsByTagNameNS(admxNs, 'presentation')];
    unique(presentations.map((p) => p.getAttribute('id')));
    const supported = [...admxDoc.getElementsByTagNameNS(admxNs, 'definition')].map((d) => d.getAttribute('name'));
    for (const policy of policies) {
      expect(policy.getAttribute('class')).toBe('Machine');
      expect(policy.getAttribute('key')).toBe('Software\\Policies\\TAP Desk');
      expect(children(policy).map((e) => e.localName)).toEqual(
        expect.arrayContaining(['parentCategory', 'supportedOn']),
      );
      expect(children(policy)[0]?.localName).toBe('parentCategory');
      expect(children(policy)[1]?.localName).toBe('supportedOn');
      expect(categoryNames).toContain(child(policy, 'parentCategory')?.getAttribute('ref'));
      expect(supported).toContain(child(policy, 'supportedOn')?.getAttribute('ref'));
      const elementIds = children(child(policy, 'elements') ?? policy)
        .map((e) => e.getAttribute('id'))
        .filter((id) => id !== null);
      unique(elementIds);
      const presentation = policy.getAttribute('presentation');
      if (elementIds.length > 0) {
        const id = /^\$\(presentation\.(.+)\)$/.exec(presentation ?? '')?.[1];
        const found = presentations.find((p) => p.getAttribute('id') === id);
        expect(found, `${policy.getAttribute('name')} presentation`).toBeDefined();
        const refIds = [...(found?.children ?? [])].map((c) => c.getAttribute('refId'));
        expect(refIds).toEqual(elementIds);
      }
    }
  });

  it('resolve every $(string.x) and $(presentation.x) in the ADML', () => {
    const strings = new Set(
      [...admlDoc.getElementsByTagNameNS(admxNs, 'string')].map((s) => s.getAttribute('id')),
    );
    const presentations = new Set(
      [...admlDoc.getElementsByTagNameNS(admxNs, 'presentation')].map((p) => p.getAttribute('id')),
    );
    const refs = [...admx.matchAll(/\$\((string|presentation)\.([^)]+)\)/g)];
    expect(refs.length).toBeGreaterThan(40);
    for (const [, table, id] of refs)
      expect(table === 'string' ? strings.has(id ?? '') : presentations.has(id ?? ''), `${table}.${id}`).toBe(true);
  });

  it('type every value: ranged decimals, string enums, on/off as 1/0, lists under the policy key', () => {
    for (const decimal of admxDoc.getElementsByTagNameNS(admxNs, 'decimal')) {
      if (decimal.parentElement?.localName !== 'elements') {
        expect(['0', '1']).toContain(decimal.getAttribute('value'));
        continue;
      }
      const min = Number(decimal.getAttribute('minValue'));
      const max = Number(decimal.getAttribute('maxValue'));
      expect(Number.isInteger(min) && Number.isInteger(max) && min <= max).toBe(true);
    }
    for (const item of admxDoc.getElementsByTagNameNS(admxNs, 'item'))
      expect(child(child(item, 'value') as Element, 'string')?.textContent).toBeTruthy();
    for (const list of admxDoc.getElementsByTagNameNS(admxNs, 'list'))
      expect(list.getAttribute('key')).toMatch(/^Software\\Policies\\TAP Desk\\[A-Za-z]+$/);
  });

  it('round-trip every field: what each policy writes, the registry reader reads into exactly that setting', async () => {
    const writes: RegWrite[] = [];
    for (const spec of fieldSpecs('win32')) {
      const policy = policyNamed(spec.template.valueName);
      writes.push(...applyPolicy(policy, inputFor(spec.key, sample[spec.key])));
    }
    const layer = await readBack(writes);
    expect(layer.problems).toEqual([]);
    const { settings, states } = resolveSettings(layer, emptyLayer, defaultSettings('C:\\a'), 'p', 'u', 'win32');
    for (const spec of fieldSpecs('win32')) {
      expect(settings[spec.key], spec.key).toEqual(sample[spec.key]);
      expect(states[spec.key], spec.key).toEqual({ source: 'policy', locked: true });
    }
  });

  it('round-trip each field alone too, and switching a policy off writes what the reader treats as off or unset', async () => {
    const defaults = defaultSettings('C:\\a');
    for (const spec of fieldSpecs('win32')) {
      const policy = policyNamed(spec.template.valueName);
      const alone = await readBack(applyPolicy(policy, inputFor(spec.key, sample[spec.key])));
      expect(alone.problems, spec.key).toEqual([]);
      const keys = Object.keys(alone.values);
      // The tenant trio is read together; every other policy sets exactly its own field.
      expect(keys, spec.key).toEqual([spec.key]);
      if (spec.template.control.kind === 'list' || spec.template.control.kind === 'checklist') {
        const off = await readBack(applyPolicy(policy, { elements: [[]] }));
        expect(off.named.has(spec.key), spec.key).toBe(false);
      }
      if (spec.template.control.kind === 'boolean') {
        const off = await readBack(applyPolicy(policy, { enabled: false }));
        expect(off.values[spec.key], spec.key).toBe(false);
      }
    }
    expect(defaults.cloud).toBe('Public');
  });
});

describe('tap-desk.mobileconfig', () => {
  it('is a system-scoped profile whose payload is a valid policy document for every field', () => {
    const plist = parseXml(mobileconfig);
    const profile = plistValue(child(plist.documentElement, 'dict') as Element) as Record<string, unknown>;
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadScope: 'System', PayloadVersion: 1 });
    const [payload] = profile['PayloadContent'] as Record<string, unknown>[];
    expect(payload?.['PayloadType']).toBe('com.tapdesk.app');
    const settings = Object.fromEntries(
      Object.entries(payload ?? {}).filter(([key]) => !key.startsWith('Payload')),
    );
    const layer = parseLayer(settings, { file: 'profile', platform: 'darwin', role: 'policy' });
    expect(layer.problems).toEqual([]);
    // Every field with a built-in value, plus the tenant (placeholders); never the audit folder.
    const defaults = defaultSettings('/x');
    const named = fieldSpecs('darwin')
      .map((s) => s.key)
      .filter((k) => k !== 'auditFolder' && (defaults[k] !== null || k === 'tenantId' || k === 'clientId'));
    expect([...layer.named].sort()).toEqual(named.sort());
  });
});

function plistValue(node: Element): unknown {
  switch (node.localName) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      const items = [...node.children];
      for (let i = 0; i < items.length; i += 2)
        out[items[i]?.textContent ?? ''] = plistValue(items[i + 1] as Element);
      return out;
    }
    case 'array':
      return [...node.children].map(plistValue);
    case 'string':
      return node.textContent ?? '';
    case 'integer':
      return Number(node.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`plist: ${node.localName}`);
  }
}
