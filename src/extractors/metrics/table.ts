/**
 * A map by character code (the groups of groupByCode) as an array indexed by the code,
 * undefined where the map has no entry (and for NaN, past a text's ends, as Map.get gave):
 * one keyed element load per lookup instead of a call of Map.prototype.get, which costs
 * several builtins in code that runs unoptimized. Same values, same order within each group.
 */
export function tableByCode<V>(map: Map<number, V>): (V | undefined)[] {
  const table: (V | undefined)[] = new Array(0x10000).fill(undefined);
  for (const [code, value] of map) table[code] = value;
  return table;
}
