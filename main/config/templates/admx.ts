/**
 * The Group Policy / Intune administrative template, generated from the field table so the policy
 * an admin sets is exactly what registry.ts reads: the same value names, types and list subkeys.
 * One policy per field, under "TAP Desk" and a category per area; everything is machine policy.
 * No `using` of Windows.admx: Intune's ADMX import needs every referenced file uploaded first, so
 * the template brings its own supportedOn definition.
 */
import type { FieldSpec, PolicyCategory, Settings } from '../fields';
import { xml } from './xml';

export const admxNamespace = 'TAPDesk.Policies.TAPDesk';
export const policyDefinitionsNs = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
/** The key as ADMX names it: class="Machine" puts it under HKLM. */
export const admxKey = 'Software\\Policies\\TAP Desk';

const categoryNames: Readonly<Record<PolicyCategory, string>> = {
  connection: 'Tenant and sign-in',
  handoff: 'Pass handoff',
  verification: 'Identity verification',
  audit: 'Audit trail',
  access: 'Access and demo',
};

const categoryId = (category: PolicyCategory): string =>
  `TAPDesk_${category[0]?.toUpperCase() ?? ''}${category.slice(1)}`;

export interface PolicyTemplates {
  readonly admx: string;
  readonly adml: string;
}

/** `defaults` fills the number boxes with the built-in value, so an admin starts from it. */
export function generateAdmx(
  specs: readonly FieldSpec[],
  defaults: Settings,
  version: string,
): PolicyTemplates {
  const strings = new Map<string, string>([
    ['TAPDesk', 'TAP Desk'],
    ['SUPPORTED_TAPDesk', `TAP Desk ${version} and later`],
  ]);
  const presentations: string[] = [];
  const categories = [...new Set(specs.map((s) => s.template.category))];
  for (const category of categories) strings.set(categoryId(category), categoryNames[category]);

  const policies = specs.map((spec) => {
    const t = spec.template;
    const name = t.valueName;
    strings.set(name, t.title);
    strings.set(`${name}_Explain`, `${t.explain}\n\nSetting: ${spec.key}`);
    const head = (presentation: boolean, valueName: boolean): string =>
      `    <policy name="${name}" class="Machine" displayName="$(string.${name})" explainText="$(string.${name}_Explain)"${presentation ? ` presentation="$(presentation.${name})"` : ''} key="${xml(admxKey)}"${valueName ? ` valueName="${name}"` : ''}>\n` +
      `      <parentCategory ref="${categoryId(t.category)}" />\n` +
      `      <supportedOn ref="SUPPORTED_TAPDesk" />\n`;
    const control = t.control;
    switch (control.kind) {
      case 'boolean':
        return (
          head(false, true) +
          '      <enabledValue>\n        <decimal value="1" />\n      </enabledValue>\n' +
          '      <disabledValue>\n        <decimal value="0" />\n      </disabledValue>\n' +
          '    </policy>'
        );
      case 'text':
        presentations.push(textBox(name, `${t.title}:`));
        return `${head(true, false)}      <elements>\n        <text id="${name}" valueName="${name}" required="true" maxLength="1023" />\n      </elements>\n    </policy>`;
      case 'ticket':
        presentations.push(
          `      <presentation id="${name}">\n` +
            `        <textBox refId="${name}">\n          <label>Pattern (regular expression):</label>\n        </textBox>\n` +
            `        <textBox refId="${control.exampleValueName}">\n          <label>Example it matches:</label>\n        </textBox>\n` +
            '      </presentation>',
        );
        return (
          `${head(true, false)}      <elements>\n` +
          `        <text id="${name}" valueName="${name}" required="true" maxLength="256" />\n` +
          `        <text id="${control.exampleValueName}" valueName="${control.exampleValueName}" required="true" maxLength="64" />\n` +
          '      </elements>\n    </policy>'
        );
      case 'number':
        presentations.push(
          `      <presentation id="${name}">\n        <decimalTextBox refId="${name}" defaultValue="${Number(defaults[spec.key] ?? control.min)}">${xml(t.title)}:</decimalTextBox>\n      </presentation>`,
        );
        return `${head(true, false)}      <elements>\n        <decimal id="${name}" valueName="${name}" required="true" minValue="${control.min}" maxValue="${control.max}" />\n      </elements>\n    </policy>`;
      case 'enum': {
        const items = control.items
          .map((item) => {
            strings.set(`${name}_${item}`, item);
            return `          <item displayName="$(string.${name}_${item})">\n            <value>\n              <string>${xml(item)}</string>\n            </value>\n          </item>`;
          })
          .join('\n');
        presentations.push(
          `      <presentation id="${name}">\n        <dropdownList refId="${name}" noSort="true" defaultItem="0">${xml(t.title)}:</dropdownList>\n      </presentation>`,
        );
        return `${head(true, false)}      <elements>\n        <enum id="${name}" valueName="${name}" required="true">\n${items}\n        </enum>\n      </elements>\n    </policy>`;
      }
      case 'list':
      case 'checklist': {
        const explicit = control.kind === 'checklist';
        presentations.push(
          `      <presentation id="${name}">\n        <listBox refId="${name}">${explicit ? 'Value name: the id; Value: the label' : 'Entries'}</listBox>\n      </presentation>`,
        );
        return `${head(true, false)}      <elements>\n        <list id="${name}" key="${xml(`${admxKey}\\${name}`)}"${explicit ? ' explicitValue="true"' : ' valuePrefix=""'} />\n      </elements>\n    </policy>`;
      }
    }
  });

  const admx = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from main/config/fields.ts by scripts/policy-templates.ts. Do not edit. -->',
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${policyDefinitionsNs}">`,
    '  <policyNamespaces>',
    `    <target prefix="tapdesk" namespace="${admxNamespace}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_TAPDesk" displayName="$(string.SUPPORTED_TAPDesk)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    '    <category name="TAPDesk" displayName="$(string.TAPDesk)" />',
    ...categories.map(
      (c) =>
        `    <category name="${categoryId(c)}" displayName="$(string.${categoryId(c)})">\n      <parentCategory ref="TAPDesk" />\n    </category>`,
    ),
    '  </categories>',
    '  <policies>',
    ...policies,
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');

  const adml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from main/config/fields.ts by scripts/policy-templates.ts. Do not edit. -->',
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${policyDefinitionsNs}">`,
    '  <displayName>TAP Desk</displayName>',
    '  <description>Machine policy for TAP Desk, the Temporary Access Pass service-desk app.</description>',
    '  <resources>',
    '    <stringTable>',
    ...[...strings].map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
  return { admx, adml };
}

function textBox(id: string, label: string): string {
  return `      <presentation id="${id}">\n        <textBox refId="${id}">\n          <label>${xml(label)}</label>\n        </textBox>\n      </presentation>`;
}
