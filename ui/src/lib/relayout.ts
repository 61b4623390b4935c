// WebKit (WebKitGTK 2.50 at least) keeps the height of a `.table.grid-rows` row, a CSS
// grid of its own, when the window narrows and the text of its cells wraps onto more
// lines: the lines then spill over the next row. Laying the rows out once more, when
// the width has changed, measures them again. Rows laid out afresh (a new page, a new
// date) are right already.

/** Watches `area`'s width; returns what stops watching. */
export function relayoutRowsOnResize(area: HTMLElement): () => void {
  let width = area.clientWidth;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const relayout = () => {
    const rows = area.querySelectorAll<HTMLElement>(".table.grid-rows tr");
    // Out of grid layout and back within one frame: nothing is painted in between, and
    // unlike hiding the rows this keeps the keyboard focus and the scroll position.
    for (const row of rows) row.style.display = "block";
    void area.offsetHeight;
    for (const row of rows) row.style.display = "";
  };

  const observer = new ResizeObserver(() => {
    if (area.clientWidth === width) return;
    width = area.clientWidth;
    clearTimeout(timer);
    timer = setTimeout(relayout, 80);
  });
  observer.observe(area);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
