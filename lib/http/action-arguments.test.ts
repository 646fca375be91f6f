import { describe, expect, it } from "vitest";
import { formDataArgument, nextAttempt } from "./action-arguments";

describe("server action arguments as a caller may send them", () => {
  it("keeps a posted form", () => {
    const form = new FormData();
    form.set("code", "ABC");
    expect(formDataArgument(form).get("code")).toBe("ABC");
  });

  it("turns anything else into an empty form, so validation refuses it", () => {
    for (const value of [undefined, null, "x", 42, [], { code: "ABC" }]) {
      const form = formDataArgument(value);
      expect(form).toBeInstanceOf(FormData);
      expect([...form.keys()]).toEqual([]);
    }
  });

  it("counts attempts from the posted state, and from 1 without a usable one", () => {
    expect(nextAttempt({ attempt: 2, errors: [] })).toBe(3);
    for (const state of [undefined, null, "x", [], {}, { attempt: "2" }, { attempt: -1 }, { attempt: 1.5 }])
      expect(nextAttempt(state)).toBe(1);
  });
});
