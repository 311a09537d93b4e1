// At phone width every data table is drawn as a list of cards (styles.css): each cell on its own line after its column's
// name. The names come from the table's header row, copied onto the cells as data-label, so no page writes them twice
// and a table added later gets its cards for free. The header row stays the one screen readers use (the CSS label is
// given empty alternative text).

/** A header cell's words as a reader sees them, without decorations hidden from screen readers (sort arrows). */
export function headerText(cell: Element): string {
  let text = '';
  for (const node of cell.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).getAttribute('aria-hidden') !== 'true') text += headerText(node as Element);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Sets data-label on every body cell of every data table under root from its column's header. */
export function labelTableCells(root: ParentNode): void {
  for (const table of root.querySelectorAll('table.data')) {
    const headerRow = table.querySelector(':scope > thead > tr');
    if (!headerRow) continue;
    const columns: string[] = [];
    for (const cell of headerRow.children) for (let span = 0; span < ((cell as HTMLTableCellElement).colSpan || 1); span++) columns.push(headerText(cell));
    for (const row of table.querySelectorAll(':scope > tbody > tr')) {
      let column = 0;
      for (const cell of row.children) {
        const label = columns[column] ?? '';
        if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
        column += (cell as HTMLTableCellElement).colSpan || 1;
      }
    }
  }
}

/** Keeps the labels in step with the page: tables are drawn after their data arrives and redrawn on sorting and paging. */
export function watchTableCells(root: HTMLElement): () => void {
  labelTableCells(root);
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      labelTableCells(root);
    });
  });
  // Attributes are not watched: setting data-label must not wake the observer again.
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
