/** jsdom has no layout; ProseMirror measures the cursor to scroll it into view. Zero-sized boxes are enough. */
export function stubLayout(): void {
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  const box = () =>
    ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 0,
      bottom: 0,
      width: 0,
      height: 0,
      toJSON: () => ({}),
    }) as DOMRect;
  Range.prototype.getClientRects = rects;
  Range.prototype.getBoundingClientRect = box;
  Element.prototype.getClientRects = rects;
}
