/** A tree of strings, checked all the way down: anything else from another context is refused. */
export function isTextTree(value: unknown, depth = 0): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 6) return false;
  return Object.values(value).every((child) => typeof child === 'string' || isTextTree(child, depth + 1));
}
