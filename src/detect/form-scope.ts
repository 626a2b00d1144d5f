/**
 * The form, or the smallest ancestor that looks like one (sites without <form> elements). A module of
 * its own: content.js reads a field with its form (PageWatcher) and must not carry the form checks.
 */
export function formScope(field: Element): Element {
  const form = field.closest('form');
  if (form) return form;
  let scope: Element = field;
  for (let i = 0; i < 4 && scope.parentElement && scope.parentElement.localName !== 'body'; i++) {
    scope = scope.parentElement;
    if (scope.querySelector('button,input[type=submit]')) break;
  }
  return scope;
}
