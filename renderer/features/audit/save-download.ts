/**
 * Hands text to the browser as a file download: the browser preview has no native save dialog,
 * so the browser asks where to save (or uses its downloads folder). Electron never gets here.
 */
export function saveDownload(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Later than the click: revoking at once can cancel a download the browser has not started.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
