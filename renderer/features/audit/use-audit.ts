/** The audit journal: list with filters, verify the chain, export CSV. */
import { useCallback, useEffect, useState } from 'react';
import type {
  AppError,
  Args,
  AuditEntryView,
  AuditVerification,
  ExportOutcome,
  Reply,
  Result,
} from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { saveDownload } from './save-download';

/** What the screen says after Export, in a technician's words. */
function exportedText(outcome: ExportOutcome): string {
  if (outcome.kind === 'cancelled') return 'Export cancelled: nothing was saved.';
  const rows = `${String(outcome.rows)} ${outcome.rows === 1 ? 'row' : 'rows'}`;
  if (outcome.kind === 'saved') return `Exported ${rows} to ${outcome.path}`;
  return `Exported ${rows} as ${outcome.name} (your browser saves it with your downloads).`;
}

/** Journal entries and the results of Verify and Export. */
export function useAudit() {
  const bridge = useBridge();
  const [entries, setEntries] = useState<readonly AuditEntryView[] | null>(null);
  const [folder, setFolder] = useState('');
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [exported, setExported] = useState<string | null>(null);

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
    setExported(null);
    const reply = await call(bridge, 'audit.exportCsv', {});
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    if (reply.value.kind === 'download') saveDownload(reply.value.name, reply.value.csv);
    setExported(exportedText(reply.value));
  }, [bridge]);

  return { entries, total, folder, error, verification, exported, list, verify, exportCsv };
}
