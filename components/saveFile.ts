/** Copying text to the clipboard and saving a text file: the ways a summary, a report or a backup leave the page. */

export const JSON_TYPE = 'application/json;charset=utf-8';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Saves text as a file through the browser's own download (no `downloads` permission, no network): a Blob behind a
 * link with `download`. The browser puts it in the download folder, or asks where if the user set it to.
 */
export function saveTextFile({
  fileName,
  text,
  type,
}: {
  fileName: string;
  text: string;
  type: string;
}): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data well before this; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** False when the browser refused (no focus, or a policy): the page then asks the user to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects an element's text, so that after a refused copy Ctrl+C is all the user needs. */
export function selectTextOf(element: Element): void {
  const selection = getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
