import { describe, expect, it } from "vitest";
import { listPage } from "./list-page";

describe("listPage", () => {
  it("keeps the page within the pages there are", () => {
    expect(listPage(0, 1, 50)).toEqual({ page: 1, pageCount: 1, offset: 0 });
    expect(listPage(120, 2, 50)).toEqual({ page: 2, pageCount: 3, offset: 50 });
    expect(listPage(120, 9, 50)).toEqual({ page: 3, pageCount: 3, offset: 100 });
  });

  it("reads anything but a positive whole number as page 1", () => {
    for (const requested of [0, -2, Number.NaN]) expect(listPage(120, requested, 50).page).toBe(1);
    expect(listPage(120, 2.7, 50).page).toBe(2);
  });
});
