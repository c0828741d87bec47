import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inline, section, toBlocks } from '../../../renderer/features/help/markdown-blocks';
import { registrationHeading } from '../../../renderer/features/help/registration-guide';

const guide = readFileSync('docs/admin-guide.md', 'utf8');

describe('the registration help, from docs/admin-guide.md', () => {
  const blocks = toBlocks(section(guide, registrationHeading));

  it('holds the permission table and the numbered steps, and stops before the next section', () => {
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0]?.[0])).toEqual(
      ['User.Read', 'User.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Policy.Read.AuthenticationMethod', 'GroupMember.Read.All', 'RoleManagement.Read.Directory', 'RoleAssignmentSchedule.ReadWrite.Directory', 'Mail.Send', 'Mail.Send.Shared'].map(
        (text) => ({ kind: 'code', text }),
      ),
    );
    const steps = blocks.filter((b) => b.kind === 'steps').at(-1);
    expect(steps?.kind === 'steps' && steps.items).toHaveLength(6);
    expect(blocks.some((b) => b.kind === 'heading' && b.text === 'Steps')).toBe(true);
    expect(blocks.some((b) => b.kind === 'heading' && b.text.startsWith('2.'))).toBe(false);
  });

  it('joins a numbered step continued on the next line', () => {
    expect(toBlocks('1. one\n   more\n2. two')).toEqual([
      { kind: 'steps', items: [[{ kind: 'text', text: 'one more' }], [{ kind: 'text', text: 'two' }]] },
    ]);
  });

  it('keeps code and bold, and drops link targets (the help page opens nothing)', () => {
    expect(inline('a `x` **b** [c](https://evil.test)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'x' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'c' },
    ]);
  });

  it('fails loudly when the guide loses the section (so the build test catches a rename)', () => {
    expect(() => section('# other', registrationHeading)).toThrow(/no section/);
  });
});
