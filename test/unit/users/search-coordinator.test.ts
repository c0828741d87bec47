import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../../../preload/contract';
import { AppFailure } from '../../../main/kernel/result';
import { createSearchCoordinator } from '../../../main/users/search-coordinator';

const user = (name: string): UserSummary => ({
  id: name,
  displayName: name,
  userPrincipalName: `${name}@x`,
  tags: [],
});

/** A runner whose calls finish only when the test says so, and that honours aborts. */
function controllableRunner() {
  const calls: { text: string; signal: AbortSignal; finish: () => void }[] = [];
  const run = (text: string, signal: AbortSignal): Promise<UserSummary[]> =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')));
      calls.push({ text, signal, finish: () => resolve([user(text)]) });
    });
  return { calls, run };
}

describe('createSearchCoordinator', () => {
  it('aborts the previous search and answers both calls with the newest result', async () => {
    const { calls, run } = controllableRunner();
    const searches = createSearchCoordinator(run);
    const first = searches.search('ad');
    const second = searches.search('adele');
    expect(calls[0]?.signal.aborted).toBe(true);
    calls[1]?.finish();
    expect(await first).toEqual({ query: 'adele', users: [user('adele')] });
    expect(await second).toEqual({ query: 'adele', users: [user('adele')] });
  });

  it('drops a reply that arrives after a newer query started, even if it was not aborted in time', async () => {
    const results: Record<string, (users: UserSummary[]) => void> = {};
    const searches = createSearchCoordinator(
      (text) => new Promise((resolve) => (results[text] = resolve)),
    );
    const first = searches.search('a');
    const second = searches.search('ab');
    results.a?.([user('stale')]);
    results.ab?.([user('fresh')]);
    expect(await first).toEqual({ query: 'ab', users: [user('fresh')] });
    expect(await second).toEqual({ query: 'ab', users: [user('fresh')] });
  });

  it('answers an empty query without a request', async () => {
    const { calls, run } = controllableRunner();
    expect(await createSearchCoordinator(run).search('   ')).toEqual({ query: '   ', users: [] });
    expect(calls).toHaveLength(0);
  });

  it('resolves a cancelled search with no users, and passes real failures on', async () => {
    const { calls, run } = controllableRunner();
    const searches = createSearchCoordinator(run);
    const pending = searches.search('adele');
    searches.cancel();
    expect(calls[0]?.signal.aborted).toBe(true);
    expect(await pending).toEqual({ query: 'adele', users: [] });
    const failing = createSearchCoordinator(async () => {
      throw new Error('offline');
    });
    await expect(failing.search('x')).rejects.toThrow('offline');
  });

  it('passes a lost sign-in through even when losing it cancelled the search', async () => {
    const holder: { searches?: ReturnType<typeof createSearchCoordinator> } = {};
    const searches = createSearchCoordinator(async () => {
      // The session ends while the token is renewed, and ending it cancels the search.
      holder.searches?.cancel();
      throw new AppFailure('interaction-required', 'Sign in again.');
    });
    holder.searches = searches;
    await expect(searches.search('adele')).rejects.toMatchObject({ code: 'interaction-required' });
  });
});
