import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply, Session, UserSummary } from '../../../preload/contract';
import { BridgeContext } from '../../../renderer/bridge';
import { useUserSearch } from '../../../renderer/features/find-user/use-user-search';
import { SessionProvider } from '../../../renderer/session/session-provider';
import { createFakeBridge, deferred, ok } from './fake-bridge';
import { alice, bob } from './fixtures';
import { renderHookWithBridge } from './render-with-bridge';

type SearchReply = Reply<{ query: string; users: readonly UserSummary[] }>;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useUserSearch', () => {
  it('debounces keystrokes into one request for the last query', async () => {
    const fake = createFakeBridge({ 'users.search': ({ query }) => ok({ query, users: [alice] }) });
    const { result } = renderHookWithBridge(() => useUserSearch(200), fake.bridge);
    for (const q of ['a', 'al', 'ali']) {
      act(() => result.current.setQuery(q));
      await act(() => vi.advanceTimersByTimeAsync(50));
    }
    expect(fake.callsOf('users.search')).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(fake.callsOf('users.search')).toEqual([{ query: 'ali' }]);
    expect(result.current.status).toEqual({ kind: 'results', query: 'ali', users: [alice] });
  });

  it('sends the query at once when asked, without waiting out the pause, and only once', async () => {
    const fake = createFakeBridge({ 'users.search': ({ query }) => ok({ query, users: [alice] }) });
    const { result } = renderHookWithBridge(() => useUserSearch(200), fake.bridge);
    act(() => result.current.setQuery('alice@contoso.example'));
    await act(async () => result.current.searchNow());
    expect(fake.callsOf('users.search')).toEqual([{ query: 'alice@contoso.example' }]);
    expect(result.current.status).toEqual({
      kind: 'results',
      query: 'alice@contoso.example',
      users: [alice],
    });
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(fake.callsOf('users.search')).toHaveLength(1);
    // With nothing waiting, asking again sends nothing.
    await act(async () => result.current.searchNow());
    expect(fake.callsOf('users.search')).toHaveLength(1);
  });

  it('keeps one request in flight and never shows a stale reply', async () => {
    const pending: { query: string; reply: ReturnType<typeof deferred<SearchReply>> }[] = [];
    const fake = createFakeBridge({
      'users.search': ({ query }) => {
        const reply = deferred<SearchReply>();
        pending.push({ query, reply });
        return reply.promise;
      },
    });
    const { result } = renderHookWithBridge(() => useUserSearch(200), fake.bridge);

    act(() => result.current.setQuery('al'));
    await act(() => vi.advanceTimersByTimeAsync(200));
    act(() => result.current.setQuery('bob'));
    await act(() => vi.advanceTimersByTimeAsync(200));
    // 'al' is still in flight, so 'bob' waits.
    expect(pending.map((p) => p.query)).toEqual(['al']);

    await act(async () => pending[0]?.reply.resolve(ok({ query: 'al', users: [alice] })));
    // The reply for 'al' is stale: the box says 'bob'. Then 'bob' goes out.
    expect(result.current.status).not.toEqual({ kind: 'results', query: 'al', users: [alice] });
    expect(pending.map((p) => p.query)).toEqual(['al', 'bob']);

    await act(async () => pending[1]?.reply.resolve(ok({ query: 'bob', users: [bob] })));
    expect(result.current.status).toEqual({ kind: 'results', query: 'bob', users: [bob] });
  });

  it('drops a reply whose query does not match the box', async () => {
    const fake = createFakeBridge({
      'users.search': () => ok({ query: 'something else', users: [alice] }),
    });
    const { result } = renderHookWithBridge(() => useUserSearch(200), fake.bridge);
    act(() => result.current.setQuery('ali'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(fake.callsOf('users.search')).toHaveLength(1);
    expect(result.current.status.kind).toBe('searching');
  });

  it('shows no-match and error states, and sends nothing for an empty box', async () => {
    let answer: SearchReply = ok({ query: 'zzz', users: [] });
    const fake = createFakeBridge({ 'users.search': () => answer });
    const { result } = renderHookWithBridge(() => useUserSearch(200), fake.bridge);
    act(() => result.current.setQuery('zzz'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(result.current.status).toEqual({ kind: 'no-match' });

    answer = {
      ok: false,
      error: {
        code: 'throttled',
        message: 'Graph is busy.',
        hint: 'Wait a moment.',
        requestId: 'r-1',
      },
    };
    act(() => result.current.setQuery('zzzz'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(result.current.status).toMatchObject({
      kind: 'error',
      error: { code: 'throttled', requestId: 'r-1' },
    });

    act(() => result.current.setQuery('   '));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(result.current.status).toEqual({ kind: 'empty' });
    expect(fake.callsOf('users.search')).toHaveLength(2);
  });

  it('asks again for the query in the box once the technician has signed in again', async () => {
    const signedIn: Session = {
      state: 'signed-in',
      technician: {
        id: 't-1',
        displayName: 'Tom Becker',
        userPrincipalName: 'tom@contoso.example',
        tenantId: 'tenant-1',
        capability: 'members',
      },
    };
    let signInLost = true;
    const fake = createFakeBridge({
      'auth.status': () => ok(signedIn),
      // The search that ran into the lost sign-in comes back without users.
      'users.search': ({ query }) => ok({ query, users: signInLost ? [] : [alice] }),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BridgeContext.Provider value={fake.bridge}>
        <SessionProvider>{children}</SessionProvider>
      </BridgeContext.Provider>
    );
    const { result } = renderHook(() => useUserSearch(200), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(0));

    act(() => result.current.setQuery('ali'));
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(result.current.status).toEqual({ kind: 'no-match' });

    act(() => fake.emit('session.changed', { state: 'signed-out' }));
    signInLost = false;
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fake.callsOf('users.search')).toHaveLength(1);

    act(() => fake.emit('session.changed', signedIn));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fake.callsOf('users.search')).toEqual([{ query: 'ali' }, { query: 'ali' }]);
    expect(result.current.status).toEqual({ kind: 'results', query: 'ali', users: [alice] });
  });
});
