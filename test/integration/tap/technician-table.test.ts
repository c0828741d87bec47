/**
 * Each seeded technician signs in through the app's own connection and reads the cards of the
 * same targets: what the header says and what the card allows must match the table in
 * main/demo-tenant/README.md ("Technicians and what they may do"), and Graph must agree when the
 * pass is actually minted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { AppFailure } from '../../../main/kernel/result';
import { connectAs } from '../graph/connection-fixture';
import { evidence } from '../graph/services-fixture';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant();
});
afterAll(async () => tenant.stop());

/** `ok`: minted; a code: blocked on the card with that code; `graph:<code>`: the card allows it, Graph refuses with that code. */
type Cell = 'ok' | string;

interface Row {
  readonly technician: string;
  readonly header: readonly string[];
  readonly capability: string;
  readonly adminUnitScoped: boolean;
  readonly cells: Readonly<Record<string, Cell>>;
  /** Johanna may activate User Administrator in PIM: whether this technician may read that (issue 17 item 3). */
  readonly johannaEligible: 'ok' | 'problem' | 'not-checked';
}

const targets = ['adele.vance', 'anna.schmidt', 'klara.hoffmann', 'owen.price', 'morgan.reyes', 'johanna.lorenz'];

const table: readonly Row[] = [
  {
    technician: 'priya.natarajan',
    header: ['Privileged Authentication Administrator', 'Global Reader'],
    capability: 'everyone',
    adminUnitScoped: false,
    cells: { 'adele.vance': 'ok', 'anna.schmidt': 'ok', 'klara.hoffmann': 'ok', 'owen.price': 'ok', 'morgan.reyes': 'ok', 'johanna.lorenz': 'ok' },
    johannaEligible: 'ok',
  },
  {
    technician: 'tom.becker',
    header: ['Authentication Administrator'],
    capability: 'members',
    adminUnitScoped: false,
    // Tom may not read Johanna's eligibility: the card says "not checked" and, as decided, does not block.
    cells: { 'adele.vance': 'ok', 'anna.schmidt': 'ok', 'klara.hoffmann': 'ok', 'owen.price': 'needs-privileged-role', 'morgan.reyes': 'needs-privileged-role', 'johanna.lorenz': 'ok' },
    johannaEligible: 'not-checked',
  },
  {
    technician: 'lena.fischer',
    header: ['Authentication Administrator (administrative unit)'],
    capability: 'members',
    adminUnitScoped: true,
    cells: { 'adele.vance': 'outside-admin-unit', 'anna.schmidt': 'ok', 'klara.hoffmann': 'needs-privileged-role', 'owen.price': 'needs-privileged-role', 'morgan.reyes': 'needs-privileged-role', 'johanna.lorenz': 'outside-admin-unit' },
    johannaEligible: 'not-checked',
  },
  {
    technician: 'hugo.brandt',
    header: ['Privileged Authentication Administrator (administrative unit)'],
    capability: 'members',
    adminUnitScoped: true,
    cells: { 'adele.vance': 'outside-admin-unit', 'anna.schmidt': 'ok', 'klara.hoffmann': 'needs-privileged-role', 'owen.price': 'needs-privileged-role', 'morgan.reyes': 'needs-privileged-role', 'johanna.lorenz': 'outside-admin-unit' },
    johannaEligible: 'not-checked',
  },
  {
    technician: 'mia.keller',
    header: ['Global Reader', 'Authentication Administrator (administrative unit, through Munich desk)'],
    capability: 'members',
    adminUnitScoped: true,
    // Global Reader reads everyone's methods, so only Graph can say a user is outside the unit.
    // Global Reader reads Johanna's eligibility: a pass would let her activate User Administrator.
    cells: { 'adele.vance': 'graph:outside-admin-unit', 'anna.schmidt': 'ok', 'klara.hoffmann': 'needs-privileged-role', 'owen.price': 'needs-privileged-role', 'morgan.reyes': 'needs-privileged-role', 'johanna.lorenz': 'needs-privileged-role' },
    johannaEligible: 'problem',
  },
  {
    technician: 'grace.liu',
    header: ['Global Reader'],
    capability: 'read-only',
    adminUnitScoped: false,
    cells: Object.fromEntries(targets.map((t) => [t, 'forbidden'])),
    johannaEligible: 'ok',
  },
  {
    technician: 'sam.okafor',
    header: [],
    capability: 'none',
    adminUnitScoped: false,
    cells: Object.fromEntries(targets.map((t) => [t, 'forbidden'])),
    johannaEligible: 'not-checked',
  },
];

async function mintCode(connection: ReturnType<typeof connectAs>, user: string, tier: 'standard' | 'privileged'): Promise<string> {
  try {
    await connection.tap.mint({ user, lifetimeInMinutes: 60, isUsableOnce: false, replace: true, verification: evidence(tier) });
    return 'ok';
  } catch (error) {
    return `graph:${error instanceof AppFailure ? error.code : String(error)}`;
  }
}

describe('what each seeded technician may do (demo-tenant README table)', () => {
  it.each(table)('$technician', async (row) => {
    const connection = connectAs(tenant, u(row.technician));
    const session = await connection.auth.signIn({ flow: 'browser' });
    expect(session.state).toBe('signed-in');
    const technician = session.state === 'signed-in' ? session.technician : null;
    expect(technician?.roles).toEqual(row.header);
    expect(technician?.capability).toBe(row.capability);
    expect(technician?.adminUnitScoped).toBe(row.adminUnitScoped);

    const seen: Record<string, Cell> = {};
    let eligible: string | undefined;
    for (const target of targets) {
      // By object id, as the desk opens a card (PIM eligibility is filtered by principal id).
      const id = tenant.findUser(u(target))?.id ?? u(target);
      const card = await connection.users.card({ user: id });
      const blocks = card.preflight.blocks.map((b) => b.code);
      if (target === 'johanna.lorenz') eligible = card.preflight.facts.find((f) => f.id === 'eligible-roles')?.state;
      seen[target] = blocks.length > 0 ? blocks.join('+') : await mintCode(connection, id, card.preflight.tier);
    }
    expect(seen).toEqual(row.cells);
    expect(eligible).toBe(row.johannaEligible);
  });
});
