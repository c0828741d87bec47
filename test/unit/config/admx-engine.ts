/**
 * What Group Policy does with an ADMX, for the round-trip test: given the template's XML and the
 * admin's input for one policy, the registry values it writes. It reads everything (value names,
 * keys, element kinds, enum values, on/off values) from the XML, never from fields.ts, so a
 * template that disagrees with the reader fails the round trip.
 */
export const admxNs = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

/** Needs a DOM: the tests that use it run in the jsdom environment (see their docblock). */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

export const children = (node: Element, name?: string): Element[] =>
  [...node.children].filter((child) => name === undefined || child.localName === name);

export const child = (node: Element, name: string): Element | undefined => children(node, name)[0];

export interface RegWrite {
  readonly key: string;
  readonly name: string;
  readonly type: 'REG_SZ' | 'REG_DWORD';
  readonly data: string | number;
}

/** The admin's input for one policy: on/off, or one entry per element in document order. */
export type PolicyInput =
  | { readonly enabled: boolean }
  | { readonly elements: readonly (string | number | readonly string[] | readonly (readonly [string, string])[])[] };

export function applyPolicy(policy: Element, input: PolicyInput): RegWrite[] {
  const key = policy.getAttribute('key') ?? '';
  const writes: RegWrite[] = [];
  if ('enabled' in input) {
    const holder = child(policy, input.enabled ? 'enabledValue' : 'disabledValue');
    const decimal = holder && child(holder, 'decimal');
    if (!decimal) throw new Error(`${policy.getAttribute('name')}: no decimal on/off value`);
    writes.push({
      key,
      name: policy.getAttribute('valueName') ?? '',
      type: 'REG_DWORD',
      data: Number(decimal.getAttribute('value')),
    });
    return writes;
  }
  const elements = children(child(policy, 'elements') ?? policy);
  elements.forEach((element, index) => {
    const value = input.elements[index];
    const elementKey = element.getAttribute('key') ?? key;
    const valueName = element.getAttribute('valueName') ?? '';
    switch (element.localName) {
      case 'text':
        writes.push({ key: elementKey, name: valueName, type: 'REG_SZ', data: String(value) });
        break;
      case 'decimal': {
        const n = Number(value);
        const min = Number(element.getAttribute('minValue') ?? 0);
        const max = Number(element.getAttribute('maxValue') ?? 9999);
        if (n < min || n > max) throw new Error(`${valueName}: ${n} is outside ${min}..${max}`);
        writes.push({ key: elementKey, name: valueName, type: 'REG_DWORD', data: n });
        break;
      }
      case 'enum': {
        const item = children(element, 'item').find(
          (i) => child(child(i, 'value') ?? i, 'string')?.textContent === value,
        );
        if (!item) throw new Error(`${valueName}: no dropdown item writes ${String(value)}`);
        writes.push({ key: elementKey, name: valueName, type: 'REG_SZ', data: String(value) });
        break;
      }
      case 'list': {
        const entries = value as readonly (string | readonly [string, string])[];
        const explicit = element.getAttribute('explicitValue') === 'true';
        const prefix = element.getAttribute('valuePrefix');
        entries.forEach((entry, i) => {
          if (explicit) {
            const [name, data] = entry as readonly [string, string];
            writes.push({ key: elementKey, name, type: 'REG_SZ', data });
          } else {
            // With valuePrefix="" the values are named 1, 2, 3…; without it, after their data.
            const name = prefix === null ? String(entry) : `${prefix}${i + 1}`;
            writes.push({ key: elementKey, name, type: 'REG_SZ', data: String(entry) });
          }
        });
        break;
      }
      default:
        throw new Error(`unsupported element ${element.localName}`);
    }
  });
  return writes;
}

/** Prints registry writes as `reg.exe query "HKLM\SOFTWARE\Policies\TAP Desk" /s` does. */
export function regQueryOutput(writes: readonly RegWrite[], policyKey: string): string {
  const byKey = new Map<string, RegWrite[]>([[policyKey.toLowerCase(), []]]);
  for (const write of writes) {
    const list = byKey.get(write.key.toLowerCase()) ?? [];
    list.push(write);
    byKey.set(write.key.toLowerCase(), list);
  }
  const lines = [''];
  for (const [key, values] of byKey) {
    const suffix = key.slice(policyKey.length);
    const original = writes.find((w) => w.key.toLowerCase() === key)?.key.slice(policyKey.length) ?? suffix;
    lines.push(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\TAP Desk${original}`);
    for (const v of values) {
      const data = v.type === 'REG_DWORD' ? `0x${Number(v.data).toString(16)}` : String(v.data);
      lines.push(`    ${v.name}    ${v.type}    ${data}`);
    }
    lines.push('');
  }
  return lines.join('\r\n');
}
