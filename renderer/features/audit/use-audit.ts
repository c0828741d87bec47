/** The audit journal: list with filters, verify the chain, export CSV. */
import { useCallback, useEffect, useState } from 'react';
import type {
  AppError,
  Args,
  AuditEntryView,
  AuditVerification,
  Reply,
  Result,
} from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

/** Journal entries and the results of Verify and Export. */
export function useAudit() {
  const bridge = useBridge();
  const [entries, setEntries] = useState<readonly AuditEntryView[] | null>(null);
  const [folder, setFolder] = useState('');
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [exported, setExported] = useState<{ path: string; rows: number } | null>(null);

  const show = useCallback((reply: Reply<Result<'audit.list'>>) => {
    if (reply.ok) {
      setEntries(reply.value.entries);
      setTotal(reply.value.total);
      setFolder(reply.value.folder);
    } else {
      setError(reply.error);
    }
  }, []);

  const list = useCallback(
    async (filters: Args<'audit.list'>) => {
      setError(null);
      show(await call(bridge, 'audit.list', filters));
    },
    [bridge, show],
  );

  useEffect(() => {
    let live = true;
    void call(bridge, 'audit.list', {}).then((reply) => {
      if (live) show(reply);
    });
    return () => {
      live = false;
    };
  }, [bridge, show]);

  const verify = useCallback(async () => {
    setError(null);
    const reply = await call(bridge, 'audit.verify', {});
    if (reply.ok) setVerification(reply.value);
    else setError(reply.error);
  }, [bridge]);

  const exportCsv = useCallback(async () => {
    setError(null);
    const reply = await call(bridge, 'audit.exportCsv', {});
    if (reply.ok) setExported(reply.value);
    else setError(reply.error);
  }, [bridge]);

  return { entries, total, folder, error, verification, exported, list, verify, exportCsv };
}
