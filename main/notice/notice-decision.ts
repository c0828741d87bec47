/** Whether a notice goes out after this mint: the policy decides, the technician only when it offers. Pure. */
import type { NoticeMode } from '../config/fields';

export function noticeWanted(mode: NoticeMode, technicianChose: boolean | undefined): boolean {
  if (mode === 'required') return true;
  if (mode === 'offered') return technicianChose === true;
  return false;
}
