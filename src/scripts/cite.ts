/**
 * Progressive enhancement for "Link to and cite this" (CiteThis.astro). Without JavaScript every text is there to
 * select and the buttons stay hidden; with it, copy buttons copy a text (a readable reference with today's date in
 * place of its accessed-date placeholder) and download buttons save a format as a file.
 */

/** Today as "25 May 2023", the way the site writes dates. */
const today = () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

/** The text a button copies or downloads: its own data-copy-text, or the text of the element it names. */
function textFor(button: HTMLElement, id: string | undefined): string {
  if (button.dataset.copyText !== undefined) return button.dataset.copyText;
  const source = id ? button.ownerDocument.getElementById(id) : null;
  if (!source) throw new Error(`the page has no element with id ${id ?? '(none given)'}`);
  const text = source.textContent ?? '';
  const placeholder = source.dataset.accessedPlaceholder;
  return placeholder ? text.replace(placeholder, today()) : text;
}

/** Says what happened in the status next to the button (a live region). */
function say(button: HTMLElement, message: string): void {
  const status = button.parentElement?.querySelector('.copy-status');
  if (status) status.textContent = message;
}

/** Shows and wires up every copy and download button under root. */
export function enhanceCiteThis(root: Document): void {
  if (navigator.clipboard) {
    for (const button of root.querySelectorAll<HTMLButtonElement>('.copy-button')) {
      const { copied } = button.dataset;
      if (!copied) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(textFor(button, button.dataset.copyFrom));
          say(button, copied);
        } catch {
          say(button, 'Could not copy: select the text and copy it');
        }
      });
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('.download-button')) {
    const { downloadFrom, filename, mediaType } = button.dataset;
    if (!downloadFrom || !filename || !mediaType) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([textFor(button, downloadFrom)], { type: mediaType }));
      const link = root.createElement('a');
      link.href = url;
      link.download = filename;
      root.body.append(link);
      link.click();
      link.remove();
      // The download has started from the click; the object URL is released once the browser has read it.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  }
}
