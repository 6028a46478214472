// Same-document navigations (a single-page app's pushState, the back button, a fragment):
// the Navigation API sees them all where it exists (Chromium); elsewhere popstate and
// hashchange, and the page session's mutation batches catch a pushState with new content.
type NavigationTarget = Pick<EventTarget, 'addEventListener'>;

export function watchAddress(onChange: () => void): void {
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', onChange);
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
}
