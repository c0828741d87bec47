/**
 * "Second technician present" names the colleague, checked against the directory: the name or
 * UPN typed here is looked up with the same search as "Find a user", and only one enabled person
 * (not the technician, not the person being helped) is accepted. Main checks the UPN again.
 */
import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { UserSummary } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { useSession } from '../../session/session-provider';

type Props = Readonly<{
  /** The UPN found so far ('' when none). */
  value: string;
  /** The person being helped: they cannot be their own second technician. */
  targetId: string;
  disabled?: boolean;
  onChange: (upn: string) => void;
}>;

type Lookup =
  | { readonly kind: 'idle' }
  | { readonly kind: 'searching' }
  | { readonly kind: 'found'; readonly user: UserSummary }
  | { readonly kind: 'problem'; readonly message: string };

/** The one person `text` names, or why there is not exactly one. */
function pick(text: string, users: readonly UserSummary[], exclude: readonly string[]): Lookup {
  const wanted = text.trim().toLowerCase();
  const exact = users.filter(
    (u) => u.userPrincipalName.toLowerCase() === wanted || u.displayName.toLowerCase() === wanted,
  );
  const candidates = exact.length > 0 ? exact : users;
  if (candidates.length === 0)
    return { kind: 'problem', message: 'No one in the directory matches.' };
  if (candidates.length > 1)
    return {
      kind: 'problem',
      message: `${String(candidates.length)} people match: type the full name or UPN.`,
    };
  const user = candidates[0] as UserSummary;
  if (exclude.includes(user.id))
    return { kind: 'problem', message: 'The second technician must be someone else.' };
  if (user.tags.includes('Disabled'))
    return { kind: 'problem', message: `${user.displayName}'s account is disabled.` };
  return { kind: 'found', user };
}

/** Name field with a directory check; reports the UPN found (or '') upwards. */
export function SecondTechnicianField({ value, targetId, disabled, onChange }: Props) {
  const bridge = useBridge();
  const { session } = useSession();
  const me = session?.state === 'signed-in' ? session.technician.id : '';
  const [text, setText] = useState(value);
  const [lookup, setLookup] = useState<Lookup>({ kind: 'idle' });
  // The latest callback, so a parent re-render does not start another lookup.
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return undefined;
    let stale = false;
    const timer = window.setTimeout(() => {
      void call(bridge, 'users.search', { query }).then((reply) => {
        if (stale) return;
        const next: Lookup = reply.ok
          ? pick(query, reply.value.users, [me, targetId])
          : { kind: 'problem', message: reply.error.message };
        setLookup(next);
        report.current(next.kind === 'found' ? next.user.userPrincipalName : '');
      });
    }, 250);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [bridge, text, me, targetId]);

  return (
    <Field
      label="Second technician"
      required
      validationState={
        lookup.kind === 'found' ? 'success' : lookup.kind === 'problem' ? 'error' : 'none'
      }
      validationMessage={
        lookup.kind === 'found'
          ? `Found in the directory: ${lookup.user.displayName} (${lookup.user.userPrincipalName})`
          : lookup.kind === 'problem'
            ? lookup.message
            : undefined
      }
      hint={
        lookup.kind === 'idle' || lookup.kind === 'searching'
          ? 'Name or UPN of the colleague present'
          : undefined
      }
    >
      <Input
        value={text}
        disabled={disabled}
        maxLength={320}
        onChange={(_, data) => {
          setText(data.value);
          setLookup(data.value.trim().length < 2 ? { kind: 'idle' } : { kind: 'searching' });
          onChange('');
        }}
      />
    </Field>
  );
}
