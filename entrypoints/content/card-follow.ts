// An open card follows its term while the page scrolls: on scroll events (never every frame),
// at most once a frame, one layout read (the term's rectangles), then one write.
export function followOnScroll(windows: readonly Window[], update: () => void, signal: AbortSignal): void {
  let frame = 0;
  const onScroll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  for (const win of new Set(windows)) win.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
