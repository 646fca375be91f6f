/** What every per-type figures view of a question result takes. */
export type FiguresProps<Figures> = {
  /** Prefix for element ids on the page. */
  id: string;
  /** The table's caption, the question as numbered on the page. */
  caption: string;
  figures: Figures;
  /** Show the weighted figures beside the unweighted ones. */
  weighted: boolean;
};
