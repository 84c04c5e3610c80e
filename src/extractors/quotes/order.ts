/**
 * `items` sorted in place by `cmp` and returned, stably: for a consistent comparator a stable
 * sort has one result, so this is exactly what Array.prototype.sort (stable since ES2019) gives
 * on arrays without holes or undefined. The arrays of this extractor (a paragraph's events and
 * names, a document's quotes, an entity's mentions) are short and mostly in order already:
 * insertion costs about one comparison per item there, less than the builtin's set-up (a work
 * copy, a call out of the builtin per comparison). Long arrays go to the builtin.
 */
export function sortStable<T>(items: T[], cmp: (a: T, b: T) => number): T[] {
  if (items.length > 32) return items.sort(cmp);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i;
    // (a NaN comparison is not > 0: kept in place, as the builtin reads NaN as +0)
    for (; j > 0 && cmp(items[j - 1], x) > 0; j--) items[j] = items[j - 1];
    items[j] = x;
  }
  return items;
}
