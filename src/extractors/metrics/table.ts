/**
 * A map by character code (the groups of groupByCode) as a pair: `slot`, a Uint16Array
 * indexed by the code, and `values`, where values[slot[code]] is the map's value for the
 * code — undefined where the map has none (slot 0), and for NaN past a text's ends (as
 * Map.get gave). Two element loads per lookup instead of a call of Map.prototype.get, which
 * costs several builtins in code that runs unoptimized. The typed array lies outside the
 * heap and `values` is short: an array of 65536 values per map instead cost the collector
 * more (it marks every slot) than its one load saved.
 */
export function tableByCode<V>(map: Map<number, V>): [slot: Uint16Array, values: (V | undefined)[]] {
  const slot = new Uint16Array(0x10000);
  const values: (V | undefined)[] = [undefined];
  for (const [code, value] of map) {
    slot[code] = values.length;
    values.push(value);
  }
  return [slot, values];
}
