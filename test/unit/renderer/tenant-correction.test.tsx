import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConfigView } from '../../../preload/contract';
import { TenantCorrection } from '../../../renderer/features/settings/tenant-correction';
import { createFakeBridge, ok } from './fake-bridge';
import { renderWithBridge } from './render-with-bridge';

const typed = '4f0c8a7e-3b6d-4e21-9c5a-7d2e1f0b6a9O';
const right = '4f0c8a7e-3b6d-4e21-9c5a-7d2e1f0b6a93';
const client = '7c1e5b2a-9d3f-4a68-b0e4-2f6a8c9d1e05';

const config = (locked = false): ConfigView =>
  ({
    tenantId: { value: '4f0c8a7e-3b6d-4e21-9c5a-7d2e1f0b6a94', source: 'user', locked },
    clientId: { value: client, source: 'user', locked: false },
    cloud: { value: 'Public', source: 'default', locked: false },
  }) as unknown as ConfigView;

describe('TenantCorrection', { timeout: 20_000 }, () => {
  it('corrects a mistyped tenant ID: a bad GUID is said and not sent, a good one is saved', async () => {
    const fake = createFakeBridge({ 'config.setTenant': () => ok(config()) });
    renderWithBridge(<TenantCorrection config={config()} />, fake.bridge);
    const tenant = screen.getByRole('textbox', { name: 'Tenant ID' });
    const save = screen.getByRole('button', { name: 'Save the corrected IDs' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed yet
    fireEvent.change(tenant, { target: { value: typed } });
    expect(screen.getByText(/A tenant ID looks like/)).toBeTruthy();
    expect(save.disabled).toBe(true);
    fireEvent.change(tenant, { target: { value: right } });
    fireEvent.click(save);
    await waitFor(() => expect(fake.callsOf('config.setTenant')).toEqual([{ tenantId: right, clientId: client, cloud: 'Public' }]));
    expect(await screen.findByText(/Saved\. Sign in to the tenant you entered\./)).toBeTruthy();
  });

  it('cannot change what the policy locks', () => {
    const fake = createFakeBridge();
    renderWithBridge(<TenantCorrection config={config(true)} />, fake.bridge);
    expect((screen.getByRole('textbox', { name: 'Tenant ID' }) as HTMLInputElement).disabled).toBe(true);
    expect(fake.calls).toEqual([]);
  });
});
