// Terms that touch (新华社阿斯塔纳, 上海合作组织命运共同体) would read as one block in the same
// kind of mark. In a run of touching matches every second one takes the "next" variant of its
// highlight, so that each boundary shows. Decided from the offsets alone, so the fast and the
// settled stage agree wherever their matches do.

/** Whether match i is the second, fourth, … of a run of matches that touch end to start. */
export function isSecondOfTouching(starts: Int32Array, ends: Int32Array, i: number): boolean {
  let run = 0;
  for (let j = i; j > 0 && ends[j - 1] === starts[j]; j--) run++;
  return run % 2 === 1;
}
