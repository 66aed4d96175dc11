/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow. A no-op stands in. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') Object.assign(globalThis, { ResizeObserver: NoResizeObserver });
