/**
 * A table's column headers, in the house style: each a column header, and the columns that hold
 * figures right-aligned (`figure`, the "num" class their cells carry too).
 */
export function TableHead({ columns }: { columns: readonly { label: string; figure?: boolean }[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed; two may share a label
          <th key={index} scope="col" className={column.figure ? "num" : undefined}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
