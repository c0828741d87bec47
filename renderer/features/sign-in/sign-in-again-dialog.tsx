/**
 * The sign-in overlay on top of the signed-in frame when a sign-in is lost mid-task: the
 * technician's work stays mounted behind it. Loaded with the frame, not with the sign-in screen.
 */
import { Dialog, DialogBody, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** `children`: the sign-in panel. Nothing is shown while `open` is false. */
export function SignInAgainDialog({
  open,
  children,
}: Readonly<{ open: boolean; children: ReactNode }>) {
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface aria-label="Sign in again">
        <DialogBody>{children}</DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
