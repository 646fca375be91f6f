/** Five-point agreement scale used by the Likert grids of the demo survey. */
export const AGREE_SCALE = [
  { value: "1", label: "Helemaal mee oneens" },
  { value: "2", label: "Mee oneens" },
  { value: "3", label: "Niet eens, niet oneens" },
  { value: "4", label: "Mee eens" },
  { value: "5", label: "Helemaal mee eens" },
];
