/**
 * Which slice of a paged list a request gets: the page number it asks for (1-based, from the
 * URL), kept within the pages there are, so an empty list has page 1 and a number past the end
 * shows the last page. Anything but a positive whole number reads as page 1.
 */
export function listPage(
  total: number,
  requested: number,
  size: number,
): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}
