/** A ref callback that focuses its element once, when it appears (an inline form or confirmation). */
export function focusOnce(el: HTMLElement | null) {
  if (el && !el.dataset['focused']) {
    el.dataset['focused'] = 'true';
    el.focus();
  }
}
